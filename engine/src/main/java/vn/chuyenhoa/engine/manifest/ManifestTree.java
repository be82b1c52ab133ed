package vn.chuyenhoa.engine.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * Maps the tree of a manifest or of the fact catalog, read from the YAML an author writes or from the JSON the
 * build precompiled from it, to the records. Written out field by field rather than left to Jackson's data
 * binding, whose introspection of the records costs tens of milliseconds of every start-up
 * (docs/performance.md). Strict: a field it does not know, a value of the wrong kind or a missing list is a
 * {@link ManifestException} naming its path ({@code $.criteria[2].group}); what the manifest check
 * reports ({@link Manifests#problems}) is left to it.
 */
final class ManifestTree {
    private final JsonNode node;
    private final String path;

    private ManifestTree(JsonNode node, String path, String... fields) {
        if (!node.isObject()) {
            String known = String.join(", ", fields);
            throw refused(path, "cần một đối tượng với các khóa (" + known + ")", "expected fields (" + known + ")");
        }
        List<String> known = Arrays.asList(fields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String all = String.join(", ", fields);
                throw refused(
                        path + "." + name,
                        "khóa không hợp lệ (các khóa hợp lệ: " + all + ")",
                        "unknown field (known: " + all + ")");
            }
        }
        this.node = node;
        this.path = path;
    }

    static PlanManifest manifest(JsonNode root) {
        ManifestTree m = new ManifestTree(
                root,
                "$",
                "id",
                "version",
                "title",
                "document",
                "issuer",
                "date",
                "jurisdiction",
                "area_types",
                "in_force",
                "drl_package",
                "decision_rule",
                "criteria",
                "review_targets",
                "readings",
                "final_evaluation",
                "from_review");
        return m.build(() -> new PlanManifest(
                m.text("id"),
                m.text("version"),
                m.wording("title"),
                m.text("document"),
                m.text("issuer"),
                m.date("date"),
                m.object(
                        "jurisdiction",
                        j -> new Jurisdiction(
                                j.text("province"),
                                j.text("district"),
                                j.text("area"),
                                j.optionalList(
                                        "other_names",
                                        (node, path) -> otherName(
                                                new ManifestTree(node, path, "province", "district", "area", "from")))),
                        "province",
                        "district",
                        "area",
                        "other_names"),
                m.list("area_types", ManifestTree::text),
                m.object("in_force", f -> new InForce(f.date("from"), f.date("to")), "from", "to"),
                m.text("drl_package"),
                m.object(
                        "decision_rule",
                        ManifestTree::decisionRule,
                        "kind",
                        "text",
                        "group",
                        "percent",
                        "conditions",
                        "not_applicable",
                        "items",
                        "not_counted"),
                m.list(
                        "criteria",
                        (node, path) -> criterion(new ManifestTree(
                                node,
                                path,
                                "id",
                                "title",
                                "group",
                                "decisive",
                                "facts",
                                "requirement",
                                "source",
                                "lead_unit"))),
                m.optionalList(
                        "review_targets",
                        (node, path) -> reviewTarget(new ManifestTree(
                                node, path, "id", "kind", "percent", "title", "requirement", "source"))),
                m.optionalList(
                        "readings",
                        (node, path) -> reading(new ManifestTree(
                                node, path, "id", "question", "words", "chosen", "reason", "choices"))),
                m.object(
                        "final_evaluation",
                        f -> new FinalEvaluation(f.date("date"), f.source("source")),
                        "date",
                        "source"),
                m.object("from_review", ManifestTree::reviewFigures, "criterion", "facts")));
    }

    private static ReviewFigures reviewFigures(ManifestTree r) {
        return r.build(() -> {
            JsonNode facts = r.value("facts");
            if (facts == null || !facts.isObject()) {
                throw refused(
                        r.path + ".facts",
                        "cần liệt kê từng số liệu sơ kết cùng số liệu mà nó điền vào",
                        "expected each review figure and its fact");
            }
            java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
            facts.properties().forEach(e -> map.put(e.getKey(), text(e.getValue(), r.path + ".facts." + e.getKey())));
            return new ReviewFigures(r.text("criterion"), map);
        });
    }

    private static OtherName otherName(ManifestTree o) {
        return o.build(() -> {
            OtherName name = new OtherName(o.text("province"), o.text("district"), o.text("area"), o.date("from"));
            long given = java.util.stream.Stream.of(name.province(), name.district(), name.area())
                    .filter(n -> n != null)
                    .count();
            if (given != 1 || name.from() == null) {
                throw ManifestException.of(
                        "mỗi mục other_names cần nêu một trong province, district hoặc area, cùng với from",
                        "an other name gives one of province, district or area, and from");
            }
            return name;
        });
    }

    private static ReadingDefinition reading(ManifestTree r) {
        return r.build(() -> new ReadingDefinition(
                r.text("id"),
                r.wording("question"),
                r.list("words", (node, path) -> quote(new ManifestTree(node, path, "section", "quote"))),
                r.text("chosen"),
                r.wording("reason"),
                r.list(
                        "choices",
                        (node, path) -> choice(new ManifestTree(node, path, "id", "text", "facts", "decision")))));
    }

    private static ReadingChoice choice(ManifestTree c) {
        return c.build(() -> new ReadingChoice(
                c.text("id"),
                c.wording("text"),
                c.optionalList("facts", ManifestTree::text),
                c.object(
                        "decision",
                        d -> new DecisionOverride(
                                d.text("not_applicable"),
                                d.optionalList("items", ManifestTree::texts),
                                d.optionalList("not_counted", ManifestTree::text)),
                        "not_applicable",
                        "items",
                        "not_counted")));
    }

    /** A list of texts inside a list: {@code items: [[target-1, target-2]]}. */
    private static List<String> texts(JsonNode node, String path) {
        if (!node.isArray()) {
            throw refused(path, "cần một danh sách", "expected a list");
        }
        return elements(node, path, ManifestTree::text);
    }

    private static Quote quote(ManifestTree q) {
        return new Quote(q.text("section"), q.text("quote"));
    }

    static List<FactDefinition> facts(JsonNode root) {
        if (!root.isArray()) {
            throw refused("$", "cần một danh sách số liệu", "expected a list of facts");
        }
        return elements(root, "$", (node, path) -> {
            ManifestTree f = new ManifestTree(
                    node, path, "name", "kind", "label", "meaning", "unit", "part_of", "parts", "meets", "apart_from");
            return f.build(() -> new FactDefinition(
                    f.text("name"),
                    f.kind("kind", FactKind.class),
                    f.wording("label"),
                    f.wording("meaning"),
                    f.object("unit", u -> new Unit(u.text("vi"), u.text("en"), u.text("en_one")), "vi", "en", "en_one"),
                    f.text("part_of"),
                    f.optionalList("parts", ManifestTree::text),
                    f.bool("meets") == null || f.bool("meets"),
                    f.text("apart_from")));
        });
    }

    private static CriterionDefinition criterion(ManifestTree c) {
        return c.build(() -> new CriterionDefinition(
                c.text("id"),
                c.wording("title"),
                c.group("group"),
                c.bool("decisive"),
                c.list("facts", ManifestTree::text),
                c.wording("requirement"),
                c.source("source"),
                c.wording("lead_unit")));
    }

    private static ReviewTargetDefinition reviewTarget(ManifestTree t) {
        return t.build(() -> new ReviewTargetDefinition(
                t.text("id"),
                t.kind("kind", TargetKind.class),
                t.decimal("percent"),
                t.wording("title"),
                t.wording("requirement"),
                t.source("source")));
    }

    private static DecisionRuleDefinition decisionRule(ManifestTree d) {
        return d.build(() -> new DecisionRuleDefinition(
                d.text("kind"),
                d.wording("text"),
                d.group("group"),
                d.decimal("percent"),
                d.optionalList("conditions", ManifestTree::group),
                d.text("not_applicable"),
                d.optionalList("items", ManifestTree::texts),
                d.optionalList("not_counted", ManifestTree::text)));
    }

    /** A text in Vietnamese and English: {@code {vi: …, en: …}}. */
    private Text wording(String field) {
        return object(field, t -> t.build(() -> new Text(t.text("vi"), t.text("en"))), "vi", "en");
    }

    private Source source(String field) {
        return object(
                field,
                s -> new Source(
                        s.text("document"),
                        s.text("section"),
                        s.text("quote"),
                        s.optionalList(
                                "more_quotes",
                                (node, path) -> quote(new ManifestTree(node, path, "section", "quote")))),
                "document",
                "section",
                "quote",
                "more_quotes");
    }

    /** A record built from this object's fields, a refusal by its constructor reported at this path. */
    private <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("$")) {
                throw e;
            }
            Phrase what = ManifestException.phraseOf(e);
            throw new ManifestException((l, s) -> path + ": " + what.in(l, s), e);
        }
    }

    /** What is wrong at {@code path}, in Vietnamese and English. */
    private static ManifestException refused(String path, String vi, String en) {
        return ManifestException.of(path + ": " + vi, path + ": " + en);
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value;
    }

    /** A scalar as text (a number or a flag as written), or null. */
    private String text(String field) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isValueNode()) {
            throw refused(path + "." + field, "cần một chuỗi", "expected a text");
        }
        return value.asText();
    }

    private static String text(JsonNode node, String path) {
        if (!node.isValueNode() || node.isNull()) {
            throw refused(path, "cần một chuỗi", "expected a text");
        }
        return node.asText();
    }

    private Boolean bool(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isBoolean()) {
            throw refused(path + "." + field, "cần true hoặc false", "expected true or false");
        }
        return value == null ? null : value.booleanValue();
    }

    private BigDecimal decimal(String field) {
        JsonNode value = value(field);
        if (value != null && !value.isNumber()) {
            throw refused(path + "." + field, "cần một số", "expected a number");
        }
        return value == null ? null : value.decimalValue();
    }

    private LocalDate date(String field) {
        String text = text(field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw refused(
                    path + "." + field,
                    "cần một ngày dạng 2023-02-27, không phải \"" + text + "\"",
                    "expected a date such as 2023-02-27, not \"" + text + "\"");
        }
    }

    private Group group(String field) {
        JsonNode value = value(field);
        return value == null ? null : group(value, path + "." + field);
    }

    private static Group group(JsonNode node, String path) {
        String id = text(node, path);
        return Arrays.stream(Group.values())
                .filter(g -> g.id().equals(id))
                .findFirst()
                .orElseThrow(() -> {
                    String known = String.join(
                            ", ", Arrays.stream(Group.values()).map(Group::id).toList());
                    return refused(
                            path,
                            "không có nhóm \"" + id + "\" (các nhóm có: " + known + ")",
                            "unknown group \"" + id + "\" (known: " + known + ")");
                });
    }

    /** A kind of {@code type} by its name in lower case, as manifests write it: {@code count}, {@code selected_at_most}. */
    private <E extends Enum<E>> E kind(String field, Class<E> type) {
        String name = text(field);
        if (name == null) {
            return null;
        }
        E[] kinds = type.getEnumConstants();
        List<String> known =
                Arrays.stream(kinds).map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        if (!known.contains(name)) {
            String all = String.join(", ", known);
            throw refused(
                    path + "." + field,
                    "không có loại \"" + name + "\" (các loại có: " + all + ")",
                    "unknown kind \"" + name + "\" (known: " + all + ")");
        }
        return kinds[known.indexOf(name)];
    }

    private <T> T object(String field, Function<ManifestTree, T> map, String... fields) {
        JsonNode value = value(field);
        return value == null ? null : map.apply(new ManifestTree(value, path + "." + field, fields));
    }

    private <T> List<T> list(String field, BiFunction<JsonNode, String, T> map) {
        List<T> list = optionalList(field, map);
        if (list == null) {
            throw refused(path + "." + field, "thiếu (cần một danh sách)", "missing (expected a list)");
        }
        return list;
    }

    private <T> List<T> optionalList(String field, BiFunction<JsonNode, String, T> map) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw refused(path + "." + field, "cần một danh sách", "expected a list");
        }
        return elements(value, path + "." + field, map);
    }

    private static <T> List<T> elements(JsonNode array, String path, BiFunction<JsonNode, String, T> map) {
        List<T> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            elements.add(map.apply(array.get(i), path + "[" + i + "]"));
        }
        return elements;
    }
}
