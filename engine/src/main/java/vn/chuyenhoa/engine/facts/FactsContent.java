package vn.chuyenhoa.engine.facts;

import static vn.chuyenhoa.engine.facts.JsonPaths.child;
import static vn.chuyenhoa.engine.facts.JsonPaths.found;
import static vn.chuyenhoa.engine.facts.JsonPaths.quoted;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * The rules of a facts file's content, checked in one pass over its tree, gathering every error: the keys there
 * are, an area with a name, a year, facts the catalog knows with values of their kind, parts within their wholes,
 * evidence as text.
 */
final class FactsContent {
    private static final List<String> TOP_LEVEL = List.of("$schema", "plan", "area", "year", "facts", "evidence");
    /** The keys a facts file is made of; a JSON Schema has none of them at its top. */
    private static final List<String> FACTS_KEYS = List.of("plan", "area", "year", "facts", "evidence");

    private static final List<String> AREA_KEYS = List.of("name", "district", "province", "types");
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern PLAN_REFERENCE = Pattern.compile("[A-Za-z0-9-]{1,60}(@[0-9A-Za-z.+-]{1,30})?");
    /** 1.850 or 1,850: a whole number written with a thousands separator. */
    private static final Pattern GROUPED_WHOLE_NUMBER = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");

    private static final Pattern JSON_WHOLE_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)");
    /** 010, +5, 1_000, 0x1F: whole numbers as YAML 1.1 writes them, not as JSON does. */
    private static final Pattern YAML_WHOLE_NUMBER = Pattern.compile("[-+]?([0-9][0-9_]*|0[xXoObB][0-9a-fA-F_]+)");

    private final FactCatalog catalog;
    private final Function<String, Optional<String>> closestFact;
    private final BiFunction<String, String, InputError> yearMissing;
    private final String source;
    private final List<InputError> errors = new ArrayList<>();
    /** "Did you mean" is bounded per file: thousands of unknown names would take seconds each time. */
    private int suggestionsLeft = Suggestions.PER_FILE;

    /** @param yearMissing the error for a missing year, given the file's name and the plan it names (or null) */
    FactsContent(
            FactCatalog catalog,
            Function<String, Optional<String>> closestFact,
            BiFunction<String, String, InputError> yearMissing,
            String source) {
        this.catalog = catalog;
        this.closestFact = closestFact;
        this.yearMissing = yearMissing;
        this.source = source;
    }

    FactsReader.Reading file(JsonNode root, String sha256) {
        if (!root.isObject()) {
            errors.add(InputErrors.notAFactsObject(source, found(root)));
            return new FactsReader.Reading(null, errors);
        }
        if (isJsonSchema(root)) {
            errors.add(InputErrors.jsonSchema(source));
            return new FactsReader.Reading(null, errors);
        }
        // A file none of whose keys is, or looks like, a facts file's is not one at all (a secret named by mistake, a
        // list of lines): one error quoting a short prefix of its first key, not a line per key that would show it.
        if (root.size() > 0 && TOP_LEVEL.stream().noneMatch(root::has) && !resemblesAFactsFile(root)) {
            errors.add(
                    InputErrors.notAFactsFile(source, quoted(root.fieldNames().next()), root.size()));
            return new FactsReader.Reading(null, errors);
        }
        unknownKeys(root, "$", TOP_LEVEL);
        String plan = plan(optionalString(root, "plan", "$.plan"));
        Area area = area(root.get("area"));
        Integer year = year(root.get("year"), plan);
        Map<String, Object> facts = facts(root.get("facts"));
        Map<String, String> evidence = evidence(root.get("evidence"));
        JsonNode schema = root.get("$schema");
        if (schema != null && !schema.isTextual()) {
            errors.add(InputErrors.schemaNotAString(source, found(schema)));
        }
        FactsFile file = area == null || year == null
                ? null
                : new FactsFile(source, plan, area, year, facts, evidence, sha256, null);
        return new FactsReader.Reading(file, errors);
    }

    /**
     * Whether {@code root} is a JSON Schema rather than a facts file, by its shape: a {@code $schema} key (which a
     * facts file may have too), or the schema keywords {@code type} and {@code properties}, and none of the keys a
     * facts file is made of (docs/review.md).
     */
    static boolean isJsonSchema(JsonNode root) {
        return root.isObject()
                && (root.has("$schema") || root.has("type") && root.has("properties"))
                && FACTS_KEYS.stream().noneMatch(root::has);
    }

    /** Whether one of its first keys is a misspelling of a facts file's ("aera", "fatcs"). */
    private static boolean resemblesAFactsFile(JsonNode root) {
        Iterator<String> keys = root.fieldNames();
        for (int i = 0; i < Suggestions.PER_FILE && keys.hasNext(); i++) {
            if (Suggestions.closest(keys.next(), TOP_LEVEL).isPresent()) {
                return true;
            }
        }
        return false;
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
                    } else if (!FactsReader.AREA_TYPES.contains(type.asText())) {
                        errors.add(FactsReader.unknownAreaType(source, path, null, type.asText()));
                    } else {
                        types.add(type.asText());
                    }
                }
            }
        }
        return new Area(name, district, province, types);
    }

    private Integer year(JsonNode node, String plan) {
        if (node == null || node.isNull()) {
            errors.add(yearMissing.apply(source, plan));
            return null;
        }
        BigDecimal year = node.isNumber() && !grouped(node) ? whole(node) : null;
        if (year == null
                || year.compareTo(BigDecimal.valueOf(FactsReader.MIN_YEAR)) < 0
                || year.compareTo(BigDecimal.valueOf(FactsReader.MAX_YEAR)) > 0) {
            errors.add(InputErrors.yearOutOfRange(source, FactsReader.MIN_YEAR, FactsReader.MAX_YEAR, found(node)));
            return null;
        }
        return year.intValueExact();
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
        for (Map.Entry<String, JsonNode> field : node.properties()) {
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
        errors.addAll(FactsReader.partsOverWholes(catalog, source, facts));
        return facts;
    }

    private Long count(String path, JsonNode value) {
        BigDecimal number = value.isNumber() && !grouped(value) ? whole(value) : null;
        if (number == null) {
            notACount(path, value);
            return null;
        }
        if (number.signum() < 0) {
            errors.add(InputErrors.negativeCount(source, path, value.asText()));
            return null;
        }
        // The digits before the point, counted without writing 1e999999999 out: a count has at most 19.
        if (number.precision() - number.scale() > LONG_MAX.toString().length()
                || number.toBigIntegerExact().compareTo(LONG_MAX) > 0) {
            errors.add(InputErrors.countTooLarge(source, path, value.asText()));
            return null;
        }
        return number.longValueExact();
    }

    /**
     * The value of a number that is whole, whatever its notation: {@code 1850}, {@code 1850.0} and {@code 1.85e3}
     * are 1850 (DESIGN 1.2), as JSON Schema and spreadsheets count them; null for a number with a fractional part.
     * Exact decimal arithmetic, and {@code 1e999999999} is never written out: its trailing zeros stay an exponent.
     */
    private static BigDecimal whole(JsonNode number) {
        if (number.isIntegralNumber()) {
            return new BigDecimal(number.bigIntegerValue());
        }
        BigDecimal value = number.decimalValue().stripTrailingZeros();
        return value.scale() <= 0 ? value : null;
    }

    /** 1.850 or 1,850: a thousands separator (1.850 is not 1.85), whatever the value it would have as a decimal. */
    private static boolean grouped(JsonNode number) {
        return !number.isIntegralNumber()
                && GROUPED_WHOLE_NUMBER.matcher(number.asText()).matches();
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
            // 1.000 would be 1 as a decimal, but 1 000 as Vietnamese writes it: refused either way, with the count.
            suggestion = written.replaceAll("[.,]", "");
            hint = InputErrors.CountHint.THOUSANDS_SEPARATOR;
        } else if (value.isTextual() && JSON_WHOLE_NUMBER.matcher(written).matches()) {
            hint = InputErrors.CountHint.QUOTED;
        } else if (value.isTextual() && YAML_WHOLE_NUMBER.matcher(written).matches()) {
            hint = InputErrors.CountHint.YAML_NOTATION;
            String digits = written.replaceAll("[+_]", "").replaceFirst("^0+(?=[0-9])", "");
            suggestion = JSON_WHOLE_NUMBER.matcher(digits).matches() ? digits : null;
        }
        errors.add(InputErrors.notACount(
                source, path, value.isNumber() && whole(value) == null, written, found(value), hint, suggestion));
    }

    private Boolean flag(String path, JsonNode value) {
        if (!value.isBoolean()) {
            errors.add(InputErrors.notAFlag(source, path, found(value)));
            return null;
        }
        return value.booleanValue();
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
        for (Map.Entry<String, JsonNode> field : node.properties()) {
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
                errors.add(InputErrors.unknownKey(
                        source, child(path, key), quoted(key), suggestion(() -> Suggestions.closest(key, known))));
            }
        }
    }

    private void unknownFact(String path, String name) {
        errors.add(InputErrors.unknownFact(source, path, quoted(name), suggestion(() -> closestFact.apply(name))));
    }

    /** The search's suggestion while this file has searches left ({@link Suggestions#PER_FILE}), else none. */
    private String suggestion(Supplier<Optional<String>> search) {
        return suggestionsLeft-- > 0 ? search.get().orElse(null) : null;
    }
}
