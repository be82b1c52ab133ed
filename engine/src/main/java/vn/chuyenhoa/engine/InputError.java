package vn.chuyenhoa.engine;

/**
 * One thing wrong with an input: where (file and JSON path), what was expected and found, and a
 * suggestion where one is likely ("did you mean households?").
 *
 * @param path       a JSON path such as {@code $.facts.households}; {@code $} for the whole file
 * @param vi         the message in Vietnamese
 * @param en         the same in English
 * @param suggestion a known name close to a misspelt one, or null
 */
public record InputError(String file, String path, String vi, String en, String suggestion) {

    /** "ward5.json: $.facts.househods: unknown fact … — did you mean "households"?" */
    public String message(Language language) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file).append(": ");
        }
        text.append(path).append(": ").append(language.pick(vi, en));
        if (suggestion != null) {
            text.append(language.pick(" — có phải ý bạn là \"", " — did you mean \"")).append(suggestion).append("\"?");
        }
        return oneLine(text);
    }

    /** A message is one line whatever the input held: control characters it echoes are shown escaped. */
    private static String oneLine(CharSequence text) {
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        line.append(String.format("\\u%04x", c));
                    } else {
                        line.appendCodePoint(c);
                    }
                }
            }
        });
        return line.toString();
    }

    /** The same error found in another file (for errors raised before the file name is known). */
    public InputError inFile(String otherFile) {
        return new InputError(otherFile, path, vi, en, suggestion);
    }
}
