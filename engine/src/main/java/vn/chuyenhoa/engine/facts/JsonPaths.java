package vn.chuyenhoa.engine.facts;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** How messages point into a facts file and show what they found there: JSON paths, quoted texts, values. */
final class JsonPaths {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {}

    /** The path of where a parser is: {@code $.facts.households}, {@code $.area.types[1]}. */
    static String of(JsonStreamContext context) {
        List<JsonStreamContext> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            steps.add(0, c);
        }
        String path = "$";
        for (JsonStreamContext step : steps) {
            if (step.inArray()) {
                path += "[" + Math.max(step.getCurrentIndex(), 0) + "]";
            } else if (step.getCurrentName() != null) {
                path = child(path, step.getCurrentName());
            }
        }
        return path;
    }

    /** {@code $.facts.households}, or {@code $.facts["a key with spaces"]} for a key that is not a short plain name. */
    static String child(String path, String key) {
        return key.length() <= 60 && PLAIN_KEY.matcher(key).matches()
                ? path + "." + key
                : path + "[" + quoted(key) + "]";
    }

    /**
     * At most this many characters of what a file holds are quoted in a message: a misspelt fact name whole (the
     * longest is 42), never a file's contents (a secret that was named by mistake, line after line).
     */
    static final int SHOWN = 48;

    /** A text as JSON writes it (quoted, control characters escaped), shortened to a short prefix. */
    static String quoted(String text) {
        String shown = text.codePointCount(0, text.length()) > SHOWN
                ? text.substring(0, text.offsetByCodePoints(0, SHOWN - 1)) + "…"
                : text;
        return TextNode.valueOf(shown).toString();
    }

    /**
     * How a value looks, for "found …" in messages, in no language: a text quoted ({@code "4"}), a number or flag as
     * written, {@code null}, {@code […]} for a list, <code>{…}</code> for an object.
     */
    static String found(JsonNode node) {
        String text = switch (node.getNodeType()) {
            case STRING -> quoted(node.textValue());
            case ARRAY -> "[…]";
            case OBJECT -> "{…}";
            default -> node.toString();
        };
        return text.length() > SHOWN + 12 ? text.substring(0, SHOWN + 11) + "…" : text;
    }
}
