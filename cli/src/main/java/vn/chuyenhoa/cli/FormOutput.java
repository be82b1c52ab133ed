package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where {@code template} and {@code schema} put what they make: standard output, or a UTF-8 file ({@code -o}), which
 * also spares Windows users a shell that would re-encode a redirection. An existing file is replaced only with
 * {@code --overwrite}: it may hold figures already filled in.
 */
final class FormOutput {
    private FormOutput() {}

    static void write(CommandSpec spec, Path target, OutputOptions options, String text) {
        if (target == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        options.files(List.of()).write(target, out -> out.write(text));
    }
}
