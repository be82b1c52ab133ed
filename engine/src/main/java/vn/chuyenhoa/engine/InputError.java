package vn.chuyenhoa.engine;

import java.util.Objects;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * One thing wrong with an input: where (a file and a JSON path in it, or a parameter of the request), what kind of
 * error ({@link ErrorCode}), what was expected and found in words, and a suggestion where one is likely ("did you
 * mean households?"). The words are made when shown, in the reader's language, with parameters spelt as the
 * reader's front end spells them; every message is in {@link vn.chuyenhoa.engine.message.InputErrors}.
 *
 * @param file       the file, or null when the error is about a parameter or the file is not known yet
 * @param path       a JSON path such as {@code $.facts.households} ({@code $} for the whole file read); null when
 *                   {@code parameter} says where, or when the error is about a file written (an output has no
 *                   path in it: its name says where)
 * @param parameter  the parameter the error is about, or null
 * @param suggestion a known name close to a misspelt one, or null
 */
public record InputError(
        String file, String path, Parameter parameter, ErrorCode code, Phrase text, String suggestion) {
    public InputError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        if (path != null && parameter != null || path == null && parameter == null && file == null) {
            throw new IllegalArgumentException("an input error is at a path, at a parameter, or about a file");
        }
    }

    /** Where the error is: its JSON path, or its parameter as {@code spelling} writes it; null for a file written. */
    public String where(Spelling spelling) {
        return path != null ? path : parameter != null ? spelling.of(parameter) : null;
    }

    /** What is wrong, in {@code language}, naming parameters as query parameters. */
    public String text(Language language) {
        return text(language, Spelling.QUERY);
    }

    public String text(Language language, Spelling spelling) {
        return text.in(language, spelling);
    }

    /** "ward5.json: $.facts.househods: unknown fact … — did you mean "households"?", parameters as query parameters. */
    public String message(Language language) {
        return message(language, Spelling.QUERY);
    }

    /** The one-line message, naming parameters as {@code spelling} writes them. */
    public String message(Language language, Spelling spelling) {
        StringBuilder line = new StringBuilder();
        if (file != null) {
            line.append(file).append(": ");
        }
        String where = where(spelling);
        if (where != null) {
            line.append(where).append(": ");
        }
        line.append(text(language, spelling));
        if (suggestion != null) {
            line.append(language.pick(" — có phải ý bạn là \"", " — did you mean \""))
                    .append(suggestion)
                    .append("\"?");
        }
        // A message is one line whatever the input held: control characters it echoes are shown escaped.
        return Shown.line(line.toString());
    }

    /** The same error found in another file (for errors raised before the file name is known). */
    public InputError inFile(String otherFile) {
        return new InputError(otherFile, path, parameter, code, text, suggestion);
    }

    /** Two errors are the same when they are at the same place, of the same kind, and say the same in both languages. */
    @Override
    public boolean equals(Object other) {
        return other instanceof InputError that
                && Objects.equals(file, that.file)
                && Objects.equals(path, that.path)
                && parameter == that.parameter
                && code == that.code
                && Objects.equals(suggestion, that.suggestion)
                && text(Language.VI).equals(that.text(Language.VI))
                && text(Language.EN).equals(that.text(Language.EN));
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, path, parameter, code, suggestion, text(Language.EN));
    }

    @Override
    public String toString() {
        return code.id() + " " + message(Language.EN);
    }

    /** The same error placed at another path, in other words (a CSV row's cell instead of the facts' path). */
    public InputError at(String otherPath, Phrase otherText) {
        return new InputError(file, otherPath, null, code, otherText, suggestion);
    }
}
