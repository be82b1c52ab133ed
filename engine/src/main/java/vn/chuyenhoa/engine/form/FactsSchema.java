package vn.chuyenhoa.engine.form;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/**
 * The JSON Schema (2020-12) of a plan's facts file, made from its manifest and the fact catalog, so that an
 * editor completes the names, shows each fact's meaning and flags a wrong name or value while the analyst
 * types. It describes a form being filled in: null (not yet known) is allowed everywhere, and the checks
 * that need the whole file — a name and a year given, a part not larger than its whole — are left to
 * {@code chuyenhoa validate}.
 */
public final class FactsSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private FactsSchema() {}

    /** The schema as a JSON document. */
    public static String json(PlanForm form, Language language) {
        return FormJson.write(tree(form, language));
    }

    static ObjectNode tree(PlanForm form, Language l) {
        PlanManifest manifest = form.plan().manifest();
        ObjectNode schema = FormJson.NODES.objectNode();
        schema.put("$schema", DIALECT);
        schema.put(
                "$comment",
                l.pick("Tạo bởi", "Made by") + " chuyenhoa schema --plan " + manifest.reference()
                        + l.pick(" từ bộ quy tắc có sha256 ", " from the rule set with sha256 ")
                        + form.plan().sha256());
        schema.put(
                "title",
                l.pick("Tệp số liệu đánh giá chuyển hóa theo kế hoạch ", "Facts file for plan ") + manifest.id()
                        + l.pick(" (bộ quy tắc ", " (rule set ") + manifest.version() + ")");
        schema.put(
                "description",
                manifest.title().in(l) + "\n" + manifest.document() + "\n"
                        + l.pick(
                                "Số liệu chưa có thì để null: không ghi 0 thay cho “chưa biết”.",
                                "Leave a figure that is not known as null: never write 0 for “unknown”."));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set(
                "$schema",
                string(
                        l.pick("Tên tệp JSON Schema này (", "The file name of this JSON Schema (")
                                + form.schemaFileName()
                                + l.pick("), để trình soạn thảo gợi ý và báo lỗi", "), for the editor's help"),
                        false));
        ObjectNode plan = properties.putObject("plan");
        plan.put(
                "description",
                l.pick("Kế hoạch: ", "The plan: ")
                        + manifest.id()
                        + l.pick(" (bản mới nhất của bộ quy tắc) hoặc ", " (the newest rule set) or ")
                        + manifest.reference()
                        + l.pick(" (đúng phiên bản này)", " (this very version)"));
        plan.putArray("enum").add(manifest.id()).add(manifest.reference()).addNull();
        properties.set("area", area(manifest, l));
        ObjectNode year = properties.putObject("year");
        year.put(
                "description",
                l.pick(
                                "Năm đánh giá, trong thời gian hiệu lực của kế hoạch: ",
                                "The year evaluated, within the plan's period: ")
                        + form.period()
                        + l.pick(" (bắt buộc)", " (required)"));
        year.putArray("type").add("integer").add("null");
        year.put("minimum", manifest.inForce().from().getYear());
        year.put("maximum", manifest.inForce().to().getYear());
        properties.set("facts", facts(form, l));
        properties.set("evidence", evidence(form, l));
        schema.putArray("required").add("area").add("year").add("facts");
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode area(PlanManifest manifest, Language l) {
        ObjectNode area = FormJson.NODES.objectNode();
        area.put("description", l.pick("Địa bàn được đánh giá", "The area evaluated"));
        area.put("type", "object");
        ObjectNode properties = area.putObject("properties");
        ObjectNode name = string(
                l.pick(
                        "Tên địa bàn (xã, phường, thị trấn), ví dụ “Phường 5” (bắt buộc)",
                        "The area's name (commune, ward, township), e.g. “Phường 5” (required)"),
                true);
        name.put("minLength", 1);
        name.put("pattern", "\\S");
        properties.set("name", name);
        properties.set("district", string(l.pick("Huyện, thị xã, thành phố thuộc tỉnh", "The district or city"), true));
        properties.set("province", string(l.pick("Tỉnh, thành phố trực thuộc trung ương", "The province"), true));
        ObjectNode types = properties.putObject("types");
        types.put(
                "description",
                manifest.areaTypes().isEmpty()
                        ? l.pick(
                                "Không ghi: kế hoạch đánh giá năm của cả thành phố, không đánh giá địa bàn có loại",
                                "Leave out: the plan judges the city's year, never an area with a type")
                        : l.pick("Loại địa bàn; kế hoạch áp dụng cho ", "Area types; the plan applies to ")
                                + String.join(", ", manifest.areaTypes()));
        types.putArray("type").add("array").add("null");
        if (manifest.areaTypes().isEmpty()) {
            types.put("maxItems", 0);
        }
        ArrayNode known = types.putObject("items").putArray("enum");
        FactsReader.AREA_TYPES.forEach(known::add);
        area.put("additionalProperties", false);
        return area;
    }

    private static ObjectNode facts(PlanForm form, Language l) {
        ObjectNode facts = FormJson.NODES.objectNode();
        facts.put(
                "description",
                l.pick(
                        "Số liệu của địa bàn; để null số liệu chưa có",
                        "The area's figures; null for a figure not known"));
        facts.put("type", "object");
        ObjectNode properties = facts.putObject("properties");
        for (PlanForm.Field field : form.fields()) {
            ObjectNode fact = properties.putObject(field.name());
            fact.put("description", String.join("\n", field.description(l)));
            if (field.fact().kind() == FactKind.COUNT) {
                fact.putArray("type").add("integer").add("null");
                fact.put("minimum", 0);
                fact.put("maximum", Long.MAX_VALUE);
            } else {
                fact.putArray("type").add("boolean").add("null");
            }
        }
        facts.put("additionalProperties", false);
        return facts;
    }

    private static ObjectNode evidence(PlanForm form, Language l) {
        ObjectNode evidence = FormJson.NODES.objectNode();
        evidence.put(
                "description",
                l.pick(
                        "Nguồn của từng số liệu (không bắt buộc): số, ngày của báo cáo",
                        "Where each figure comes from (optional): the report's number and date"));
        evidence.putArray("type").add("object").add("null");
        ObjectNode properties = evidence.putObject("properties");
        for (PlanForm.Field field : form.fields()) {
            properties.set(field.name(), string(l.pick("Nguồn của số liệu ", "The source of ") + field.name(), true));
        }
        evidence.put("additionalProperties", false);
        return evidence;
    }

    private static ObjectNode string(String description, boolean nullable) {
        ObjectNode string = FormJson.NODES.objectNode();
        string.put("description", description);
        if (nullable) {
            string.putArray("type").add("string").add("null");
        } else {
            string.put("type", "string");
        }
        string.put("maxLength", FactsReader.MAX_STRING_LENGTH);
        return string;
    }
}
