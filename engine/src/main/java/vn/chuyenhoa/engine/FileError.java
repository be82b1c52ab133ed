package vn.chuyenhoa.engine;

import java.util.List;

/**
 * A facts file that could not be evaluated, and why.
 *
 * @param file   the file as the user named it
 * @param errors every error found, the first being what a one-line report shows
 */
public record FileError(String file, List<InputError> errors) implements FileResult {
    public FileError {
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a file error has at least one error");
        }
    }
}
