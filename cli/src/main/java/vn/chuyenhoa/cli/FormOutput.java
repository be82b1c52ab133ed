package vn.chuyenhoa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;

/**
 * Where {@code template} and {@code schema} put what they make: standard output, or a new UTF-8 file
 * ({@code -o}), which also spares Windows users a shell that would re-encode a redirection. An existing
 * file is never overwritten: it may hold figures already filled in.
 */
final class FormOutput {
    private FormOutput() {}

    static void write(CommandSpec spec, Path target, String text) {
        if (target == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a new file, never over an existing one nor half-written (OutputFile); a folder of the path that does
     * not exist yet is made, as a person expects of "-o so-lieu/x.yaml".
     */
    static void write(Path target, OutputFile.Content content) {
        try {
            OutputFile.create(target, content);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(InputErrors.outputExists(target.toString(), "--output"));
        } catch (IOException e) {
            throw new InvalidInputException(
                    InputErrors.outputNotWritten(target.toString(), "--output", e.getMessage()));
        }
    }
}
