package vn.chuyenhoa.engine.form;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.manifest.Jurisdiction;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/**
 * An empty facts file of a plan, to be filled in: every fact of the plan, not yet known (null); the area's
 * province, district and types already written from the plan's jurisdiction (and its name, for a ward's or
 * commune's own plan), the year, and otherwise the name, left to fill in. In YAML each fact carries its meaning, unit and criteria as comments; in JSON, which has no
 * comments, they come from the JSON Schema that {@code $schema} names.
 */
public final class FactsTemplate {
    private FactsTemplate() {}

    /**
     * The JSON template. {@code plan} is what its "plan" says: the plan's id, or id@version to pin the rule set.
     */
    public static String json(PlanForm form, String plan) {
        PlanManifest manifest = form.plan().manifest();
        Jurisdiction jurisdiction = manifest.jurisdiction();
        ObjectNode file = FormJson.NODES.objectNode();
        file.put("$schema", form.schemaFileName());
        file.put("plan", plan);
        ObjectNode area = file.putObject("area");
        area.put("name", jurisdiction.area());
        area.put("district", jurisdiction.district());
        area.put("province", jurisdiction.province());
        // A city's year (a plan without area types) is a file without types: the template writes none.
        if (!manifest.areaTypes().isEmpty()) {
            ArrayNode types = area.putArray("types");
            manifest.areaTypes().forEach(types::add);
        }
        file.putNull("year");
        ObjectNode facts = file.putObject("facts");
        form.fields().forEach(field -> facts.putNull(field.name()));
        file.putObject("evidence");
        return FormJson.write(file);
    }

    /** The YAML template, its comments in {@code language}; {@code plan} as for {@link #json}. */
    public static String yaml(PlanForm form, String plan, Language l) {
        PlanManifest manifest = form.plan().manifest();
        Jurisdiction jurisdiction = manifest.jurisdiction();
        Yaml yaml = new Yaml();
        // Read by the YAML extension of VS Code and other editors: the same help as the JSON template gets.
        yaml.comment("yaml-language-server: $schema=" + form.schemaFileName());
        yaml.comment(l.pick("Tệp số liệu đánh giá chuyển hóa theo kế hoạch ", "Facts file for plan ") + manifest.id()
                + l.pick(" (bộ quy tắc ", " (rule set ") + manifest.version() + ")");
        yaml.comment(manifest.title().in(l));
        yaml.comment(manifest.document());
        yaml.comment("");
        yaml.comment(
                l.pick(
                        "Cách điền: ghi số liệu sau dấu hai chấm, ví dụ  households: 1850  (số viết liền, không có dấu chấm).",
                        "How to fill in: write each figure after its colon, e.g.  households: 1850  (no thousands separator)."));
        yaml.comment(l.pick(
                "Số liệu chưa có thì để trống: không ghi 0 thay cho “chưa biết”.",
                "Leave a figure that is not known empty: never write 0 for “unknown”."));
        yaml.comment(l.pick(
                "Kiểm tra:  chuyenhoa validate TỆP      Đánh giá:  chuyenhoa evaluate TỆP",
                "Check:  chuyenhoa validate FILE      Evaluate:  chuyenhoa evaluate FILE"));
        yaml.blank();
        yaml.entry(0, "plan", FormJson.quoted(plan));
        yaml.blank();
        yaml.entry(0, "area", "");
        yaml.comment(
                1,
                l.pick(
                        "Tên địa bàn (xã, phường, thị trấn), ví dụ \"Phường 5\" — bắt buộc",
                        "The area's name (commune, ward, township), e.g. \"Phường 5\" — required"));
        yaml.entry(1, "name", jurisdiction.area() == null ? "" : FormJson.quoted(jurisdiction.area()));
        yaml.comment(1, l.pick("Huyện, thị xã, thành phố thuộc tỉnh", "The district or city"));
        yaml.entry(1, "district", jurisdiction.district() == null ? "" : FormJson.quoted(jurisdiction.district()));
        yaml.comment(1, l.pick("Tỉnh, thành phố trực thuộc trung ương", "The province"));
        yaml.entry(1, "province", FormJson.quoted(jurisdiction.province()));
        if (manifest.areaTypes().isEmpty()) {
            yaml.comment(
                    1,
                    l.pick(
                            "Không ghi types: kế hoạch đánh giá năm của cả thành phố, không đánh giá địa bàn có loại",
                            "No types: the plan judges the city's year, never an area with a type"));
        } else {
            yaml.comment(
                    1,
                    l.pick("Loại địa bàn, một hoặc nhiều trong: ", "Area types, one or more of: ")
                            + String.join(", ", FactsReader.AREA_TYPES));
            yaml.entry(
                    1,
                    "types",
                    "["
                            + String.join(
                                    ", ",
                                    manifest.areaTypes().stream()
                                            .map(FormJson::quoted)
                                            .toList()) + "]");
        }
        yaml.blank();
        yaml.comment(l.pick(
                        "Năm đánh giá, trong thời gian hiệu lực của kế hoạch: ",
                        "The year evaluated, within the plan's period: ")
                + form.period()
                + l.pick(" — bắt buộc", " — required"));
        yaml.entry(0, "year", "");
        yaml.blank();
        yaml.entry(0, "facts", "");
        for (PlanForm.Field field : form.fields()) {
            field.description(l).forEach(line -> yaml.comment(1, line));
            yaml.entry(1, field.name(), "");
            yaml.blank();
        }
        yaml.comment(l.pick(
                "Nguồn số liệu (không bắt buộc): số, ngày của báo cáo cho từng số liệu, ví dụ",
                "Sources (optional): the report's number and date for each figure, e.g."));
        form.fields().stream()
                .filter(field -> field.fact().kind() == FactKind.COUNT)
                .findFirst()
                .ifPresent(example -> yaml.comment(l.pick(
                        "  " + example.name() + ": \"Báo cáo số 112/BC-CAP ngày 10/11/2023\"",
                        "  " + example.name() + ": \"Report 112/BC-CAP of 10/11/2023\"")));
        yaml.entry(0, "evidence", "");
        return yaml.toString();
    }

    /** YAML written line by line: keys, values already in YAML notation, and comments. */
    private static final class Yaml {
        private final StringBuilder text = new StringBuilder();

        void comment(String line) {
            comment(0, line);
        }

        void comment(int level, String line) {
            indent(level);
            // A comment ends at the line's end: a text with a line break must not spill into the document.
            text.append(line.isEmpty() ? "#" : "# " + line.replaceAll("\\R", " "))
                    .append('\n');
        }

        void entry(int level, String key, String value) {
            indent(level);
            text.append(key)
                    .append(':')
                    .append(value.isEmpty() ? "" : " " + value)
                    .append('\n');
        }

        void blank() {
            text.append('\n');
        }

        private void indent(int level) {
            text.append("  ".repeat(level));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
