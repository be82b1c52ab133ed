package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.Collection;
import picocli.CommandLine.Option;
import vn.chuyenhoa.engine.output.OutputFiles;

/**
 * {@code --overwrite}, on every command that writes a file: an existing file is replaced only when asked, never when
 * it is an input of the run, never through a symbolic link (docs/files.md).
 */
final class OutputOptions {
    @Option(
            names = "--overwrite",
            description = "Ghi đè tệp kết quả đã có (không bao giờ đè tệp đầu vào, không ghi qua liên kết)."
                    + " Replace an existing output file (never an input, never through a link).")
    boolean overwrite;

    /** The policy of this run, which reads {@code inputs}. */
    OutputFiles files(Collection<Path> inputs) {
        return new OutputFiles(overwrite, inputs);
    }
}
