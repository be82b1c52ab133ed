package vn.chuyenhoa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Model.CommandSpec;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;

/**
 * Where {@code template} and {@code schema} put what they make: standard output, or a new UTF-8 file
 * ({@code -o}), which also spares Windows users a shell that would re-encode a redirection. An existing
 * file is never overwritten: it may hold figures already filled in.
 */
final class FormOutput {
    private FormOutput() {
    }

    static void write(CommandSpec spec, Path target, String text) {
        if (target == null) {
            spec.commandLine().getOut().print(text);
            return;
        }
        try {
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInputException(new InputError(null, "--output",
                    "tệp " + target + " đã có; không ghi đè lên tệp có sẵn: chọn tên khác hoặc xóa tệp cũ",
                    "the file " + target + " exists; an existing file is never overwritten: choose another name or delete it",
                    null));
        } catch (IOException e) {
            throw new InvalidInputException(new InputError(null, "--output",
                    "không ghi được tệp " + target + " (" + e.getMessage() + ")",
                    "cannot write the file " + target + " (" + e.getMessage() + ")", null));
        }
    }
}
