package vn.chuyenhoa.engine.manifest;

import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * A manifest or the fact catalog is malformed: thrown by this package's readers and records, with its message as a
 * phrase to be said in the reader's language ({@link #phrase()}); public so that code checking a manifest's content
 * elsewhere (its decision rule) can refuse it the same way. An {@link IllegalArgumentException}, as a record refusing
 * its fields throws; {@link #getMessage()} is the English one, for logs and stack traces.
 */
public final class ManifestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Phrase phrase;

    public ManifestException(Phrase message) {
        this(message, null);
    }

    ManifestException(Phrase message, Throwable cause) {
        super(message.in(Language.EN, Spelling.QUERY), cause);
        this.phrase = message;
    }

    /** A refusal in its two languages. */
    public static ManifestException of(String vi, String en) {
        return new ManifestException(Phrase.of(vi, en));
    }

    /** What is wrong, to be said in the reader's language. */
    public Phrase phrase() {
        return phrase;
    }

    /**
     * {@code refusal}'s message as a phrase: its own when it has one, else its words as they are (a refusal that is
     * not a {@link ManifestException}, such as one a library throws, has no Vietnamese).
     */
    static Phrase phraseOf(IllegalArgumentException refusal) {
        return refusal instanceof ManifestException phrased
                ? phrased.phrase()
                : Phrase.of(refusal.getMessage(), refusal.getMessage());
    }
}
