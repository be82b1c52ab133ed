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
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Phrase;
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
            return new Reading(null, List.of(InputErrors.fileNotFound(name)));
        } catch (IOException e) {
            return new Reading(null, List.of(InputErrors.fileUnreadable(name, e.getMessage())));
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
                    throw new InvalidInputException(InputErrors.emptyFile(source));
                }
                if (parser.nextToken() != null) {
                    throw new InvalidInputException(InputErrors.contentAfterDocument(source, where(parser, null)));
                }
                return root;
            } catch (NumberFormatException e) {
                // 1e99999999999: a number's exponent beyond what any decimal can hold, in JSON or YAML.
                throw new InvalidInputException(InputErrors.numberUnreadable(source, jsonPath(parser.getParsingContext()),
                        where(parser, null)));
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
        InputErrors.Limit kind;
        int limit = 0;
        if (detail.startsWith("Document nesting depth")) {
            kind = InputErrors.Limit.NESTING;
            limit = MAX_NESTING_DEPTH;
        } else if (detail.startsWith("Number value length")) {
            kind = InputErrors.Limit.NUMBER_LENGTH;
            limit = MAX_NUMBER_LENGTH;
        } else if (detail.startsWith("String value length")) {
            kind = InputErrors.Limit.STRING_LENGTH;
            limit = MAX_STRING_LENGTH;
        } else if (detail.startsWith("Name length")) {
            kind = InputErrors.Limit.KEY_LENGTH;
            limit = MAX_NAME_LENGTH;
        } else {
            kind = InputErrors.Limit.OTHER;
        }
        return InputErrors.limitExceeded(source, jsonPath(parser.getParsingContext()), kind, limit, oneLine(detail),
                where(parser, e.getLocation()));
    }

    private static InputError syntaxError(String source, Format format, JsonParser parser, JsonProcessingException e) {
        String path = jsonPath(parser.getParsingContext());
        String detail = yamlProblem(e).orElse(oneLine(e.getOriginalMessage()));
        Phrase where = where(parser, e.getLocation());
        if (detail.startsWith("Duplicate field")) {
            return InputErrors.duplicateKey(source, path, where, detail);
        }
        return InputErrors.syntax(source, path, format.name(), where, detail);
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

    private static Phrase where(JsonParser parser, JsonLocation reported) {
        JsonLocation location = reported != null && reported.getLineNr() > 0 ? reported : parser.currentTokenLocation();
        if (location == null || location.getLineNr() <= 0) {
            return Phrase.of("", "");
        }
        return InputErrors.location(location.getLineNr(), location.getColumnNr());
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
                errors.add(InputErrors.notAFactsObject(source, found(root)));
                return new Reading(null, errors);
            }
            unknownKeys(root, "$", TOP_LEVEL);
            String plan = plan(optionalString(root, "plan", "$.plan"));
            Area area = area(root.get("area"));
            Integer year = year(root.get("year"));
            Map<String, Object> facts = facts(root.get("facts"));
            Map<String, String> evidence = evidence(root.get("evidence"));
            JsonNode schema = root.get("$schema");
            if (schema != null && !schema.isTextual()) {
                errors.add(InputErrors.schemaNotAString(source, found(schema)));
            }
            FactsFile file = area == null || year == null
                    ? null
                    : new FactsFile(source, plan, area, year, facts, evidence, sha256);
            return new Reading(file, errors);
        }

        /** A plan's id is ASCII (DESIGN 1.1): anything else cannot name one, and would garble the messages. */
        private String plan(String reference) {
            if (reference != null && !PLAN_REFERENCE.matcher(reference).matches()) {
                errors.add(InputErrors.badPlanId(source, quoted(reference)));
                return null;
            }
            return reference;
        }

        private Area area(JsonNode node) {
            if (node == null || node.isNull()) {
                errors.add(InputErrors.areaMissing(source));
                return null;
            }
            if (!node.isObject()) {
                errors.add(InputErrors.expectedObject(source, "$.area", found(node)));
                return null;
            }
            unknownKeys(node, "$.area", AREA_KEYS);
            String name = optionalString(node, "name", "$.area.name");
            if (name == null && !node.hasNonNull("name")) {
                errors.add(InputErrors.areaNameMissing(source));
            } else if (name != null && name.isBlank()) {
                errors.add(InputErrors.areaNameEmpty(source));
            }
            String district = optionalString(node, "district", "$.area.district");
            String province = optionalString(node, "province", "$.area.province");
            List<String> types = new ArrayList<>();
            JsonNode typesNode = node.get("types");
            if (typesNode != null && !typesNode.isNull()) {
                if (!typesNode.isArray()) {
                    errors.add(InputErrors.typesNotAList(source, found(typesNode)));
                } else {
                    for (int i = 0; i < typesNode.size(); i++) {
                        JsonNode type = typesNode.get(i);
                        String path = "$.area.types[" + i + "]";
                        if (!type.isTextual()) {
                            errors.add(InputErrors.typeNotAString(source, path, found(type)));
                        } else if (!AREA_TYPES.contains(type.asText())) {
                            errors.add(unknownAreaType(source, path, null, type.asText()));
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
                errors.add(InputErrors.yearMissing(source));
                return null;
            }
            if (!node.isIntegralNumber() || node.bigIntegerValue().compareTo(BigInteger.valueOf(1990)) < 0
                    || node.bigIntegerValue().compareTo(BigInteger.valueOf(2100)) > 0) {
                errors.add(InputErrors.yearOutOfRange(source, 1990, 2100, found(node)));
                return null;
            }
            return node.intValue();
        }

        private Map<String, Object> facts(JsonNode node) {
            Map<String, Object> facts = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                errors.add(InputErrors.factsMissing(source));
                return facts;
            }
            if (!node.isObject()) {
                errors.add(InputErrors.expectedObject(source, "$.facts", found(node)));
                return facts;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey();
                String path = child("$.facts", name);
                var definition = catalog.find(name);
                if (definition.isEmpty()) {
                    unknownFact(path, name);
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
                errors.add(InputErrors.negativeCount(source, path, number.toString()));
                return null;
            }
            if (number.compareTo(LONG_MAX) > 0) {
                errors.add(InputErrors.countTooLarge(source, path, number.toString()));
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
            InputErrors.CountHint hint = InputErrors.CountHint.NONE;
            if (GROUPED_WHOLE_NUMBER.matcher(written).matches()) {
                suggestion = written.replaceAll("[.,]", "");
                hint = InputErrors.CountHint.THOUSANDS_SEPARATOR;
            } else if (value.isTextual() && JSON_WHOLE_NUMBER.matcher(written).matches()) {
                hint = InputErrors.CountHint.QUOTED;
            } else if (value.isTextual() && YAML_WHOLE_NUMBER.matcher(written).matches()) {
                hint = InputErrors.CountHint.YAML_NOTATION;
                String digits = written.replaceAll("[+_]", "").replaceFirst("^0+(?=[0-9])", "");
                suggestion = JSON_WHOLE_NUMBER.matcher(digits).matches() ? digits : null;
            }
            errors.add(InputErrors.notACount(source, path, value.isNumber(), written, found(value), hint, suggestion));
        }

        private Boolean flag(String path, JsonNode value) {
            if (!value.isBoolean()) {
                errors.add(InputErrors.notAFlag(source, path, found(value)));
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
                    errors.add(InputErrors.partOverWhole(source, "$.facts." + fact.getKey(), definition.partOf(), whole, part));
                }
            }
        }

        private Map<String, String> evidence(JsonNode node) {
            Map<String, String> evidence = new LinkedHashMap<>();
            if (node == null || node.isNull()) {
                return evidence;
            }
            if (!node.isObject()) {
                errors.add(InputErrors.evidenceNotAnObject(source, found(node)));
                return evidence;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String path = child("$.evidence", field.getKey());
                if (!catalog.contains(field.getKey())) {
                    unknownFact(path, field.getKey());
                } else if (field.getValue().isTextual()) {
                    evidence.put(field.getKey(), field.getValue().asText());
                } else if (!field.getValue().isNull()) {
                    errors.add(InputErrors.evidenceNotAString(source, path, found(field.getValue())));
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
                errors.add(InputErrors.expectedString(source, path, found(node)));
                return null;
            }
            return node.asText();
        }

        private void unknownKeys(JsonNode node, String path, List<String> known) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) {
                    errors.add(InputErrors.unknownKey(source, child(path, key), quoted(key),
                            Suggestions.closest(key, known).orElse(null)));
                }
            }
        }

        private void unknownFact(String path, String name) {
            errors.add(InputErrors.unknownFact(source, path, quoted(name),
                    Suggestions.closest(name, catalog.all().stream().map(FactDefinition::name).toList()).orElse(null)));
        }
    }

    /** An area type that is not one of {@link #AREA_TYPES}, in a file ({@code path}) or a request ({@code parameter}). */
    public static InputError unknownAreaType(String source, String path, Parameter parameter, String typed) {
        return InputErrors.unknownAreaType(source, path, parameter, quoted(typed), AREA_TYPES,
                Suggestions.closest(typed, AREA_TYPES).orElse(null));
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
