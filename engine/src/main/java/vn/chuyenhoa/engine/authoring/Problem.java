package vn.chuyenhoa.engine.authoring;

import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * One problem in a rule set's files, at its place, said in the reader's language.
 *
 * @param place   the file, with {@code :line} where the problem has one ({@code …/rules.drl:37})
 * @param message what is wrong, naming the criterion, rule or fact
 */
public record Problem(String place, Phrase message) {
    /**
     * The problem a refusal to load reports at {@code place}; its message names the file it read, which is said once
     * ({@code manifest.yaml: not a valid manifest: …}, not {@code manifest.yaml: manifest.yaml: …}).
     */
    public static Problem at(String place, PlanLoadException refusal) {
        String named = place + ": ";
        return new Problem(place, (language, spelling) -> {
            String message = refusal.message(language);
            return message.startsWith(named) ? message.substring(named.length()) : message;
        });
    }

    /** What is wrong, in {@code language}. */
    public String message(Language language) {
        return message.in(language, Spelling.QUERY);
    }

    /** The problem as {@code check} prints it: {@code place: message}. */
    public String line(Language language) {
        return place + ": " + message(language);
    }

    /** In English, for logs and test failures. */
    @Override
    public String toString() {
        return line(Language.EN);
    }
}
