package vn.chuyenhoa.engine.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * Reads facts files strictly, JSON or YAML by the same rules ({@link Format#of}: by the file's extension).
 * Every problem becomes an {@link InputError} naming the file, the JSON path, what was expected and what
 * was found; all of them are reported at once. Absent and null facts are simply not there: never 0, never
 * false.
 *
 * <p>No input can break it: a file is refused with a clear error when it is larger than
 * {@link #MAX_FILE_BYTES}, is not UTF-8 (a byte-order mark and CRLF line ends are fine), nests deeper than
 * {@link #MAX_NESTING_DEPTH}, or has a number longer than {@link #MAX_NUMBER_LENGTH} digits, a text longer
 * than {@link #MAX_STRING_LENGTH} or a key longer than {@link #MAX_NAME_LENGTH} characters.
 */
public final class FactsReader {
    /** The area types of the two national schemes (2017–2020 and 2021–2025). */
    public static final List<String> AREA_TYPES = List.of("TTATXH", "LOAI_1", "LOAI_2", "LOAI_3", "LOAI_4");
    /** A facts file is a few kilobytes; a larger one is the wrong file, refused before it is parsed. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;
    /** A facts file nests three levels ({@code $.area.types}); deeper than this is not a facts file. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Digits in one number: a count fits in 19, so a longer figure is reported as too large, not cut off. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** Characters in one text: an area's name, an evidence note. */
    public static final int MAX_STRING_LENGTH = 10_000;
    /** Characters in one key: fact names are a few dozen. */
    public static final int MAX_NAME_LENGTH = 200;

    private static final List<String> TOP_LEVEL = List.of("$schema", "plan", "area", "year", "facts", "evidence");
    private static final List<String> AREA_KEYS = List.of("name", "district", "province", "types");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern PLAN_REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,60}(@[0-9A-Za-z.+-]{1,30})?");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    /** 1.850 or 1,850: a whole number written with a thousands separator. */
    private static final Pattern GROUPED_WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");
    private static final Pattern JSON_WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");
    /** 010, +5, 1_000, 0x1F: whole numbers as YAML 1.1 writes them, not as JSON does. */
    private static final Pattern YAML_WHOLE_NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*|0[xXoObB][0-9a-fA-F_]+)");

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build();
    private static final JsonFactory JSON_FACTORY = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Made on the first YAML file: a run that reads only JSON does not load the YAML parser. */
    private static final class Yaml {
        static final YAMLFactory FACTORY = YAMLFactory.builder()
                .streamReadConstraints(LIMITS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "name:" with nothing after it is null, as in the YAML template: a field not filled in yet.
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                // Only true and false are flags, as in JSON; YAML 1.1 would read "no" (and "No", "off") as false.
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    /** How a facts file is written. */
    public enum Format {
        JSON, YAML;

        /** YAML for a name ending in .yaml or .yml (any case), JSON for anything else. */
        public static Format of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        }
    }

    /**
     * What reading one file found: every error, and the file as far as it could be read. The file leaves out
     * each value that was wrong, and is null when the area or the year could not be read; it is the whole
     * file only when there are no errors. ({@code validate} uses it to choose the plan and check the year
     * even when some facts are wrong, so that it reports every error at once.)
     */
    public record Reading(FactsFile file, List<InputError> errors) {
        public Reading {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final FactCatalog catalog;

    public FactsReader(FactCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads a facts file from disk; the name shown in messages is the path as given. */
    public FactsFile read(Path file) {
        return complete(examine(file));
    }

    /** Reads facts from bytes; {@code source} names them in messages and, by its extension, picks the format. */
    public FactsFile read(String source, byte[] content) {
        return complete(examine(source, content));
    }

    /** Reads a facts file from disk and reports what it found instead of throwing. */
    public Reading examine(Path file) {
        String name = file.toString();
        byte[] content;
        // At most one byte past the limit: enough to refuse a file that is too large without reading it all.
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            return new Reading(null, List.of(new InputError(name, "$", "không tìm thấy tệp", "file not found", null)));
        } catch (IOException e) {
            return new Reading(null, List.of(new InputError(name, "$",
                    "không đọc được tệp (" + e.getMessage() + ")", "cannot read the file (" + e.getMessage() + ")", null)));
        }
        return examine(name, content);
    }

    /** Reads facts from bytes and reports what it found instead of throwing. */
    public Reading examine(String source, byte[] content) {
        JsonNode root;
        try {
            root = parse(source, Format.of(source), FactsText.of(source, content));
        } catch (InvalidInputException e) {
            return new Reading(null, e.errors());
        }
        return new Walk(source).file(root, sha256(content));
    }

    private static FactsFile complete(Reading reading) {
        if (!reading.valid()) {
            throw new InvalidInputException(reading.errors());
        }
        return reading.file();
    }

    private static JsonNode parse(String source, Format format, String text) {
        try (JsonParser parser = format == Format.YAML ? Yaml.FACTORY.createParser(text) : JSON_FACTORY.createParser(text)) {
            try {
                JsonNode root = DocumentTree.read(parser);
                if (root == null || root.isMissingNode()) {
                    throw new InvalidInputException(new InputError(source, "$",
                            "tệp rỗng, cần các mục plan, area, year, facts", "the file is empty; expected plan, area, year, facts", null));
                }
                if (parser.nextToken() != null) {
                    throw new InvalidInputException(new InputError(source, "$",
                            "có nội dung thừa sau khi tệp đã kết thúc" + where(parser, null, Language.VI)
                                    + ": mỗi tệp chỉ chứa số liệu của một địa bàn",
                            "content after the end of the document" + where(parser, null, Language.EN)
                                    + ": a file holds one area's facts", null));
                }
                return root;
            } catch (NumberFormatException e) {
                // 1e99999999999: a number's exponent beyond what any decimal can hold, in JSON or YAML.
                throw new InvalidInputException(new InputError(source, jsonPath(parser.getParsingContext()),
                        "số không đọc được" + where(parser, null, Language.VI) + ": số mũ quá lớn",
                        "a number that cannot be read" + where(parser, null, Language.EN) + ": its exponent is too large",
                        null));
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(limitExceeded(source, parser, e));
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(syntaxError(source, format, parser, e));
            }
        } catch (IOException e) {
            // The parser reads a string in memory: there is no I/O to fail.
            throw new UncheckedIOException(e);
        }
    }

    private static InputError limitExceeded(String source, JsonParser parser, StreamConstraintsException e) {
        String detail = e.getOriginalMessage();
        String vi;
        String en;
        if (detail.startsWith("Document nesting depth")) {
            vi = "lồng nhau quá sâu (quá " + MAX_NESTING_DEPTH + " cấp)";
            en = "nested too deeply (more than " + MAX_NESTING_DEPTH + " levels)";
        } else if (detail.startsWith("Number value length")) {
            vi = "số quá dài (quá " + MAX_NUMBER_LENGTH + " chữ số)";
            en = "a number too long (more than " + MAX_NUMBER_LENGTH + " digits)";
        } else if (detail.startsWith("String value length")) {
            vi = "chuỗi quá dài (quá " + Language.VI.number(MAX_STRING_LENGTH) + " ký tự)";
            en = "a text too long (more than " + Language.EN.number(MAX_STRING_LENGTH) + " characters)";
        } else if (detail.startsWith("Name length")) {
            vi = "tên khóa quá dài (quá " + MAX_NAME_LENGTH + " ký tự)";
            en = "a key too long (more than " + MAX_NAME_LENGTH + " characters)";
        } else {
            vi = "vượt giới hạn đọc tệp: " + oneLine(detail);
            en = "over a reading limit: " + oneLine(detail);
        }
        return new InputError(source, jsonPath(parser.getParsingContext()),
                "tệp vượt giới hạn: " + vi + where(parser, e.getLocation(), Language.VI),
                "the file exceeds a limit: " + en + where(parser, e.getLocation(), Language.EN), null);
    }

    private static InputError syntaxError(String source, Format format, JsonParser parser, JsonProcessingException e) {
        String path = jsonPath(parser.getParsingContext());
        String detail = yamlProblem(e).orElse(oneLine(e.getOriginalMessage()));
        String where = where(parser, e.getLocation(), Language.VI);
        String whereEn = where(parser, e.getLocation(), Language.EN);
        if (detail.startsWith("Duplicate field")) {
            return new InputError(source, path, "khóa bị lặp lại" + where + ": " + detail,
                    "duplicate key" + whereEn + ": " + detail, null);
        }
        return new InputError(source, path, format + " không hợp lệ" + where + ": " + detail,
                "invalid " + format + whereEn + ": " + detail, null);
    }

    /** SnakeYAML's own words ("while parsing a flow sequence: expected ',' or ']'"), without its code excerpt. */
    private static Optional<String> yamlProblem(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked) {
                String context = marked.getContext();
                return Optional.of(oneLine((context == null ? "" : context + ": ") + marked.getProblem()));
            }
        }
        return Optional.empty();
    }

    private static String where(JsonParser parser, JsonLocation reported, Language language) {
        JsonLocation location = reported != null && reported.getLineNr() > 0 ? reported : parser.currentTokenLocation();
        if (location == null || location.getLineNr() <= 0) {
            return "";
        }
        return language.pick(" (dòng " + location.getLineNr() + ", cột " + location.getColumnNr() + ")",
                " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    /** A parser's message on one line and of a readable length. */
    private static String oneLine(String message) {
        String line = String.valueOf(message)
                // Jackson's "(for Array starting at [Source: REDACTED …; line: 2, column: 11])": noise to a person.
                .replaceAll("\\s*\\(for \\w+ starting at \\[Source:[^\\]]*\\]\\)", "")
                .replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    private static String jsonPath(JsonStreamContext context) {
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
        return key.length() <= 60 && PLAIN_KEY.matcher(key).matches() ? path + "." + key : path + "[" + quoted(key) + "]";
    }

    /** A text as JSON writes it (quoted, control characters escaped), shortened to a readable length. */
    static String quoted(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "…" : text;
        return TextNode.valueOf(shown).toString();
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

        Reading file(JsonNode root, String sha256) {
            if (!root.isObject()) {
                fail("$", "cần một đối tượng gồm các mục plan, area, year, facts, gặp " + found(root),
                        "expected an object of plan, area, year and facts, found " + found(root));
                return new Reading(null, errors);
            }
            unknownKeys(root, "$", TOP_LEVEL, "khóa", "key");
            String plan = plan(optionalString(root, "plan", "$.plan"));
            Area area = area(root.get("area"));
            Integer year = year(root.get("year"));
            Map<String, Object> facts = facts(root.get("facts"));
            Map<String, String> evidence = evidence(root.get("evidence"));
            JsonNode schema = root.get("$schema");
            if (schema != null && !schema.isTextual()) {
                fail("$.$schema", "cần một chuỗi (tên tệp JSON Schema), gặp " + found(schema),
                        "expected a string (the JSON Schema's file name), found " + found(schema));
            }
            FactsFile file = area == null || year == null
                    ? null
                    : new FactsFile(source, plan, area, year, facts, evidence, sha256);
            return new Reading(file, errors);
        }

        /** A plan's id is ASCII (DESIGN 1.1): anything else cannot name one, and would garble the messages. */
        private String plan(String reference) {
            if (reference != null && !PLAN_REFERENCE.matcher(reference).matches()) {
                fail("$.plan", "cần mã kế hoạch như 45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0, gặp " + quoted(reference),
                        "expected a plan id such as 45-KH-BCD-2023 or 45-KH-BCD-2023@1.0.0, found " + quoted(reference));
                return null;
            }
            return reference;
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
                                    "loại địa bàn không có: " + quoted(type.asText()) + " (có: " + String.join(", ", AREA_TYPES) + ")",
                                    "unknown area type " + quoted(type.asText()) + " (known: " + String.join(", ", AREA_TYPES) + ")",
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
                String path = child("$.facts", name);
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
                notACount(path, value);
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

        /**
         * "expected a whole number", with a hint at what was probably meant: 1.850 written the Vietnamese way,
         * a number in quotes, or 010 and 1_000 (which YAML 1.1 reads as other numbers, so they are refused).
         */
        private void notACount(String path, JsonNode value) {
            String written = value.isNumber() || value.isTextual() ? value.asText() : "";
            String suggestion = null;
            String hint = "";
            String hintEn = "";
            if (GROUPED_WHOLE_NUMBER.matcher(written).matches()) {
                suggestion = written.replaceAll("[.,]", "");
                hint = " — số nguyên viết liền, không có dấu phân cách hàng nghìn";
                hintEn = " — write whole numbers without a thousands separator";
            } else if (value.isTextual() && JSON_WHOLE_NUMBER.matcher(written).matches()) {
                hint = " — viết số không có dấu ngoặc kép";
                hintEn = " — write numbers without quotes";
            } else if (value.isTextual() && YAML_WHOLE_NUMBER.matcher(written).matches()) {
                hint = " — viết số nguyên dạng thập phân, không có số 0 ở đầu, dấu + hay dấu _";
                hintEn = " — write whole numbers in decimals, without leading zeros, + or _";
                String digits = written.replaceAll("[+_]", "").replaceFirst("^0+(?=[0-9])", "");
                suggestion = JSON_WHOLE_NUMBER.matcher(digits).matches() ? digits : null;
            }
            String what = value.isNumber() ? "số có phần lẻ " + written : found(value);
            String whatEn = value.isNumber() ? "a fraction " + written : found(value);
            errors.add(new InputError(source, path,
                    "cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp " + what + hint,
                    "expected a whole number ≥ 0 (null when the figure is not known), found " + whatEn + hintEn,
                    suggestion));
        }

        private Boolean flag(String path, JsonNode value) {
            if (!value.isBoolean()) {
                fail(path, "cần true hoặc false, viết không có dấu ngoặc kép (để null nếu chưa có kết luận), gặp " + found(value),
                        "expected true or false, without quotes (null when not yet assessed), found " + found(value));
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
                String path = child("$.evidence", field.getKey());
                if (!catalog.contains(field.getKey())) {
                    unknownName(path, field.getKey(), "số liệu", "fact", factNames());
                } else if (field.getValue().isTextual()) {
                    evidence.put(field.getKey(), field.getValue().asText());
                } else if (!field.getValue().isNull()) {
                    fail(path, "cần một chuỗi mô tả nguồn số liệu, gặp " + found(field.getValue()),
                            "expected a string naming the figure's source, found " + found(field.getValue()));
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
                    unknownName(child(path, key), key, what, whatEn, known);
                }
            }
        }

        private void unknownName(String path, String name, String what, String whatEn, List<String> known) {
            errors.add(new InputError(source, path,
                    what + " không có trong danh mục: " + quoted(name),
                    "unknown " + whatEn + " " + quoted(name),
                    Suggestions.closest(name, known).orElse(null)));
        }

        private List<String> factNames() {
            return catalog.all().stream().map(FactDefinition::name).toList();
        }

        private void fail(String path, String vi, String en) {
            errors.add(new InputError(source, path, vi, en, null));
        }
    }

    /** How a value looks, for "found …" in messages. */
    static String found(JsonNode node) {
        String kind = switch (node.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case ARRAY -> "array";
            case OBJECT -> "object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
        String text = node.isContainerNode() ? "" : " " + (node.isTextual() ? quoted(node.textValue()) : node.toString());
        if (text.length() > 60) {
            text = text.substring(0, 57) + "…";
        }
        return kind + text;
    }
}
