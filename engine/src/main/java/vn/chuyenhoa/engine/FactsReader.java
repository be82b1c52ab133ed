package vn.chuyenhoa.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.plan.FactCatalog;
import vn.chuyenhoa.engine.plan.FactDefinition;
import vn.chuyenhoa.engine.plan.FactKind;

/**
 * Reads facts files strictly. Every problem becomes an {@link InputError} naming the file, the JSON path,
 * what was expected and what was found; all of them are reported at once. Absent and null facts are
 * simply not there: never 0, never false.
 */
public final class FactsReader {
    /** The area types of the two national schemes (2017–2020 and 2021–2025). */
    public static final List<String> AREA_TYPES = List.of("TTATXH", "LOAI_1", "LOAI_2", "LOAI_3", "LOAI_4");

    private static final List<String> TOP_LEVEL = List.of("$schema", "plan", "area", "year", "facts", "evidence");
    private static final List<String> AREA_KEYS = List.of("name", "district", "province", "types");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final FactCatalog catalog;

    public FactsReader(FactCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads a facts file from disk; the name shown in messages is the path as given. */
    public FactsFile read(Path file) {
        String name = file.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(new InputError(name, "$", "không tìm thấy tệp", "file not found", null));
        } catch (IOException e) {
            throw new InvalidInputException(new InputError(name, "$",
                    "không đọc được tệp (" + e.getMessage() + ")", "cannot read the file (" + e.getMessage() + ")", null));
        }
        return read(name, content);
    }

    /** Reads facts from bytes; {@code source} names them in messages. */
    public FactsFile read(String source, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(syntaxError(source, e));
        } catch (CharConversionException e) {
            throw new InvalidInputException(new InputError(source, "$",
                    "tệp không phải văn bản UTF-8 hợp lệ", "the file is not valid UTF-8 text", null));
        } catch (IOException e) {
            throw new InvalidInputException(new InputError(source, "$",
                    "không đọc được JSON (" + e.getMessage() + ")", "cannot read the JSON (" + e.getMessage() + ")", null));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(new InputError(source, "$",
                    "tệp rỗng, cần một đối tượng JSON", "the file is empty; expected a JSON object", null));
        }
        return new Walk(source).file(root, sha256(content));
    }

    private static InputError syntaxError(String source, JsonProcessingException e) {
        String path = "$";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = jsonPath(parser.getParsingContext());
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (dòng " + location.getLineNr() + ", cột " + location.getColumnNr() + ")";
        String whereEn = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String detail = e.getOriginalMessage();
        if (detail.startsWith("Duplicate field")) {
            return new InputError(source, path, "khóa bị lặp lại" + where + ": " + detail,
                    "duplicate key" + whereEn + ": " + detail, null);
        }
        return new InputError(source, path, "JSON không hợp lệ" + where + ": " + detail,
                "invalid JSON" + whereEn + ": " + detail, null);
    }

    private static String jsonPath(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                steps.add(0, "." + c.getCurrentName());
            }
        }
        return "$" + String.join("", steps);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** One pass over one file's tree, gathering every error. */
    private final class Walk {
        private final String source;
        private final List<InputError> errors = new ArrayList<>();

        Walk(String source) {
            this.source = source;
        }

        FactsFile file(JsonNode root, String sha256) {
            if (!root.isObject()) {
                fail("$", "cần một đối tượng JSON { … }, gặp " + found(root), "expected a JSON object { … }, found " + found(root));
                throw new InvalidInputException(errors);
            }
            unknownKeys(root, "$", TOP_LEVEL, "khóa", "key");
            String plan = optionalString(root, "plan", "$.plan");
            Area area = area(root.get("area"));
            Integer year = year(root.get("year"));
            Map<String, Object> facts = facts(root.get("facts"));
            Map<String, String> evidence = evidence(root.get("evidence"));
            JsonNode schema = root.get("$schema");
            if (schema != null && !schema.isTextual()) {
                fail("$.$schema", "cần một chuỗi (địa chỉ JSON Schema), gặp " + found(schema),
                        "expected a string (the JSON Schema's address), found " + found(schema));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new FactsFile(source, plan, area, year, facts, evidence, sha256);
        }

        private Area area(JsonNode node) {
            if (node == null || node.isNull()) {
                fail("$.area", "thiếu thông tin địa bàn (cần \"area\": {\"name\": …})",
                        "the area is missing (expected \"area\": {\"name\": …})");
                return null;
            }
            if (!node.isObject()) {
                fail("$.area", "cần một đối tượng, gặp " + found(node), "expected an object, found " + found(node));
                return null;
            }
            unknownKeys(node, "$.area", AREA_KEYS, "khóa", "key");
            String name = optionalString(node, "name", "$.area.name");
            if (name == null && !node.hasNonNull("name")) {
                fail("$.area.name", "thiếu tên địa bàn", "the area's name is missing");
            } else if (name != null && name.isBlank()) {
                fail("$.area.name", "tên địa bàn không được để trống", "the area's name is empty");
            }
            String district = optionalString(node, "district", "$.area.district");
            String province = optionalString(node, "province", "$.area.province");
            List<String> types = new ArrayList<>();
            JsonNode typesNode = node.get("types");
            if (typesNode != null && !typesNode.isNull()) {
                if (!typesNode.isArray()) {
                    fail("$.area.types", "cần một danh sách loại địa bàn, ví dụ [\"LOAI_4\"], gặp " + found(typesNode),
                            "expected a list of area types such as [\"LOAI_4\"], found " + found(typesNode));
                } else {
                    for (int i = 0; i < typesNode.size(); i++) {
                        JsonNode type = typesNode.get(i);
                        String path = "$.area.types[" + i + "]";
                        if (!type.isTextual()) {
                            fail(path, "cần tên loại địa bàn, gặp " + found(type), "expected an area type, found " + found(type));
                        } else if (!AREA_TYPES.contains(type.asText())) {
                            errors.add(new InputError(source, path,
                                    "loại địa bàn không có: \"" + type.asText() + "\" (có: " + String.join(", ", AREA_TYPES) + ")",
                                    "unknown area type \"" + type.asText() + "\" (known: " + String.join(", ", AREA_TYPES) + ")",
                                    Suggestions.closest(type.asText(), AREA_TYPES).orElse(null)));
                        } else {
                            types.add(type.asText());
                        }
                    }
                }
            }
            return new Area(name, district, province, types);
        }

        private Integer year(JsonNode node) {
            if (node == null || node.isNull()) {
                fail("$.year", "thiếu năm đánh giá (cần \"year\": 2023)", "the evaluation year is missing (expected \"year\": 2023)");
                return null;
            }
            if (!node.isIntegralNumber() || node.bigIntegerValue().compareTo(BigInteger.valueOf(1990)) < 0
                    || node.bigIntegerValue().compareTo(BigInteger.valueOf(2100)) > 0) {
                fail("$.year", "cần một năm từ 1990 đến 2100, gặp " + found(node),
                        "expected a year from 1990 to 2100, found " + found(node));
                return null;
            }
            return node.intValue();
        }

        private Map<String, Object> facts(JsonNode node) {
            Map<String, Object> facts = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                fail("$.facts", "thiếu phần số liệu (cần \"facts\": { … }, có thể để trống)",
                        "the facts are missing (expected \"facts\": { … }, which may be empty)");
                return facts;
            }
            if (!node.isObject()) {
                fail("$.facts", "cần một đối tượng, gặp " + found(node), "expected an object, found " + found(node));
                return facts;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                String path = "$.facts." + name;
                var definition = catalog.find(name);
                if (definition.isEmpty()) {
                    unknownName(path, name, "số liệu", "fact", factNames());
                } else if (!field.getValue().isNull()) {
                    Object value = definition.get().kind() == FactKind.COUNT
                            ? count(path, field.getValue())
                            : flag(path, field.getValue());
                    if (value != null) {
                        facts.put(name, value);
                    }
                }
            }
            partsWithinWholes(facts);
            return facts;
        }

        private Long count(String path, JsonNode value) {
            if (!value.isIntegralNumber()) {
                String what = value.isNumber() ? "số có phần lẻ " + value.asText() : found(value);
                String whatEn = value.isNumber() ? "a fraction " + value.asText() : found(value);
                fail(path, "cần một số nguyên ≥ 0, gặp " + what, "expected a whole number ≥ 0, found " + whatEn);
                return null;
            }
            BigInteger number = value.bigIntegerValue();
            if (number.signum() < 0) {
                fail(path, "cần một số nguyên ≥ 0, gặp số âm " + number, "expected a whole number ≥ 0, found the negative " + number);
                return null;
            }
            if (number.compareTo(LONG_MAX) > 0) {
                fail(path, "số quá lớn: " + number, "the number is too large: " + number);
                return null;
            }
            return number.longValue();
        }

        private Boolean flag(String path, JsonNode value) {
            if (!value.isBoolean()) {
                fail(path, "cần true hoặc false, gặp " + found(value), "expected true or false, found " + found(value));
                return null;
            }
            return value.booleanValue();
        }

        /** A part larger than its whole cannot be: 1.900 households reached out of 1.850. */
        private void partsWithinWholes(Map<String, Object> facts) {
            for (Map.Entry<String, Object> fact : facts.entrySet()) {
                FactDefinition definition = catalog.get(fact.getKey());
                if (definition.partOf() == null || !(facts.get(definition.partOf()) instanceof Long whole)) {
                    continue;
                }
                long part = (Long) fact.getValue();
                if (part > whole) {
                    fail("$.facts." + fact.getKey(),
                            "là một phần của " + definition.partOf() + " (" + whole + ") nên không thể lớn hơn, gặp " + part,
                            "is part of " + definition.partOf() + " (" + whole + ") so cannot be larger, found " + part);
                }
            }
        }

        private Map<String, String> evidence(JsonNode node) {
            Map<String, String> evidence = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return evidence;
            }
            if (!node.isObject()) {
                fail("$.evidence", "cần một đối tượng {\"tên số liệu\": \"nguồn\"}, gặp " + found(node),
                        "expected an object {\"fact\": \"source\"}, found " + found(node));
                return evidence;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = "$.evidence." + field.getKey();
                if (!catalog.contains(field.getKey())) {
                    unknownName(path, field.getKey(), "số liệu", "fact", factNames());
                } else if (!field.getValue().isTextual()) {
                    fail(path, "cần một chuỗi mô tả nguồn số liệu, gặp " + found(field.getValue()),
                            "expected a string naming the figure's source, found " + found(field.getValue()));
                } else {
                    evidence.put(field.getKey(), field.getValue().asText());
                }
            }
            return evidence;
        }

        private String optionalString(JsonNode parent, String key, String path) {
            JsonNode node = parent.get(key);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                fail(path, "cần một chuỗi, gặp " + found(node), "expected a string, found " + found(node));
                return null;
            }
            return node.asText();
        }

        private void unknownKeys(JsonNode node, String path, List<String> known, String what, String whatEn) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    unknownName(path + "." + key, key, what, whatEn, known);
                }
            }
        }

        private void unknownName(String path, String name, String what, String whatEn, List<String> known) {
            errors.add(new InputError(source, path,
                    what + " không có trong danh mục: \"" + name + "\"",
                    "unknown " + whatEn + " \"" + name + "\"",
                    Suggestions.closest(name, known).orElse(null)));
        }

        private List<String> factNames() {
            return catalog.all().stream().map(FactDefinition::name).toList();
        }

        private void fail(String path, String vi, String en) {
            errors.add(new InputError(source, path, vi, en, null));
        }
    }

    /** How a JSON value looks, for "found …" in messages. */
    static String found(JsonNode node) {
        String kind = switch (node.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        String text = node.isContainerNode() ? "" : " " + node.toString();
        if (text.length() > 60) {
            text = text.substring(0, 57) + "…";
        }
        return kind + text;
    }
}
