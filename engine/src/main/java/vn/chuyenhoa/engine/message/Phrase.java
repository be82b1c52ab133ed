package vn.chuyenhoa.engine.message;

import vn.chuyenhoa.engine.Language;

/**
 * A text for a person, made when it is shown: in the reader's language, naming parameters as the reader's front
 * end spells them.
 */
@FunctionalInterface
public interface Phrase {
    String in(Language language, Spelling spelling);

    /** A text that names no parameter, in its two languages. */
    static Phrase of(String vi, String en) {
        return (language, spelling) -> language.pick(vi, en);
    }
}
