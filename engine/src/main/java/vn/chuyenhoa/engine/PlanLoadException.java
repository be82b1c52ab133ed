package vn.chuyenhoa.engine;

/** A rule set cannot be loaded: its manifest is malformed, or its DRL and manifest disagree. A bug in the rules. */
public class PlanLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanLoadException(String message) {
        super(message);
    }

    public PlanLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
