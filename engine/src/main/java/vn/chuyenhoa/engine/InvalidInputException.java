package vn.chuyenhoa.engine;

import java.util.List;

/**
 * The input cannot be evaluated: a file that cannot be read, bad JSON, an unknown fact or plan, a plan
 * not in force that year. Carries every error found, each with its file and JSON path.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message(Language.EN));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
