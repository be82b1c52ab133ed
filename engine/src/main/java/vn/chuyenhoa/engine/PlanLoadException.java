package vn.chuyenhoa.engine;

import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * A rule set cannot be loaded: its manifest is malformed, or its DRL and manifest disagree. A bug in the rules.
 * Its message is said in the reader's language ({@link #message(Language)}); {@link #getMessage()} is the English
 * one, for logs and stack traces.
 */
public class PlanLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    public PlanLoadException(Phrase message) {
        this(message, null);
    }

    public PlanLoadException(Phrase message, Throwable cause) {
        super(message.in(Language.EN, Spelling.QUERY), cause);
        this.phrase = message;
    }

    /** A resource of the rules jar that is not on the class path: the jar is incomplete. */
    public static PlanLoadException missingResource(String name) {
        return new PlanLoadException(Phrase.of("thiếu tài nguyên " + name, "missing resource " + name));
    }

    /** What cannot be loaded and why, in {@code language}. */
    public String message(Language language) {
        return phrase.in(language, Spelling.QUERY);
    }

    /** The message as a phrase, to be said later in the reader's language. */
    public Phrase phrase() {
        return phrase;
    }
}
