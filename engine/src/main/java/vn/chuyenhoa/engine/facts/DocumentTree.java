package vn.chuyenhoa.engine.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * One JSON or YAML document read into a tree, by JSON's rules, so that a YAML file means exactly what the same
 * JSON file means ({@link FactsReader} walks it; {@link Manifests} maps it to the manifest's records):
 * <ul>
 * <li>a number is a number only as JSON writes it; YAML 1.1 would silently read {@code 010} as 8,
 * {@code 0x1F} as 31 and {@code 1_000} as 1000, so those stay text and the reader reports them;</li>
 * <li>a decimal keeps its digits as written ({@code 1.850} is not {@code 1.85});</li>
 * <li>the read constraints on texts and keys, which Jackson's YAML parser does not apply itself.</li>
 * </ul>
 * Built from the parser's tokens, without an {@code ObjectMapper}, whose set-up alone costs some 30 ms of each
 * start-up (docs/performance.md). It stops at the end of the first document, leaving the parser there for the
 * caller to refuse more.
 */
public final class DocumentTree {
    private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    /**
     * Its decimal nodes keep a number as written (1.850, not 1.85: Jackson normalises none since 2.15), so that the
     * reader can recognise a Vietnamese thousands separator (FactsReaderTest.thousandsSeparator).
     */
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DocumentTree() {}

    /** The first document's tree, or a missing node when the text holds none (only comments, or nothing). */
    public static JsonNode read(JsonParser yaml) throws IOException {
        StreamReadConstraints limits = yaml.streamReadConstraints();
        Deque<JsonNode> open = new ArrayDeque<>();
        JsonNode root = null;
        while (root == null || !open.isEmpty()) {
            JsonToken token = yaml.nextToken();
            if (token == null) {
                return MissingNode.getInstance();
            }
            JsonNode node;
            switch (token) {
                case FIELD_NAME -> {
                    limits.validateNameLength(yaml.currentName().length());
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    continue;
                }
                case START_OBJECT -> node = NODES.objectNode();
                case START_ARRAY -> node = NODES.arrayNode();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> node = number(yaml, limits);
                case VALUE_TRUE, VALUE_FALSE -> node = NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> node = NODES.nullNode();
                // Strings, and tagged scalars such as !!binary: the text as written.
                default -> node = text(yaml.getText(), limits);
            }
            if (root == null) {
                root = node;
            } else if (open.peek() instanceof ObjectNode object) {
                object.set(yaml.currentName(), node);
            } else {
                ((ArrayNode) open.peek()).add(node);
            }
            if (node.isContainerNode()) {
                open.push(node);
            }
        }
        return root;
    }

    /** A number by its text, as JSON would read it (a tag such as !!int changes nothing); otherwise a text. */
    private static JsonNode number(JsonParser yaml, StreamReadConstraints limits) throws IOException {
        String written = yaml.getText();
        if (JSON_INTEGER.matcher(written).matches()) {
            limits.validateIntegerLength(written.length());
            return NODES.numberNode(new BigInteger(written));
        }
        if (JSON_NUMBER.matcher(written).matches()) {
            limits.validateFPLength(written.length());
            return NODES.numberNode(new BigDecimal(written));
        }
        return text(written, limits);
    }

    private static JsonNode text(String text, StreamReadConstraints limits) throws IOException {
        limits.validateStringLength(text.length());
        return NODES.textNode(text);
    }
}
