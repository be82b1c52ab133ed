package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.form.PlanForm;

/** template → fill in → validate → evaluate, for every plan; the JSON Schema checked by a JSON Schema library. */
class FillingInFactsTest {
    private static final Path SAMPLES = Path.of(Run.SAMPLES);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads YAML as the facts reader does: "name:" with nothing after it is null. */
    private static final ObjectMapper YAML =
            YAMLMapper.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    private static final List<Plan> PLANS = Plans.load().all();
    private static final String CITY_WITH_TYPES = "$.area.types: must have at most 0 items but found 1";

    private static JsonSchema schema(Plan plan) throws IOException {
        Run run = Run.of("schema", "--plan", plan.manifest().reference());
        assertThat(run.exit()).isEqualTo(0);
        JsonNode schema = JSON.readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static List<String> problems(JsonSchema schema, JsonNode document) {
        return schema.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName(
            "Every plan's JSON and YAML templates hold every fact of the plan, empty, and conform to the plan's JSON Schema")
    void templatesConformToTheirSchema() throws IOException {
        assertThat(PLANS).isNotEmpty();
        for (Plan plan : PLANS) {
            JsonSchema schema = schema(plan);
            List<String> facts = PlanForm.of(plan).fields().stream()
                    .map(PlanForm.Field::name)
                    .toList();
            JsonNode json = JSON.readTree(FilledTemplate.template(plan, "json"));
            JsonNode yaml = YAML.readTree(FilledTemplate.template(plan, "yaml"));
            for (JsonNode document : List.of(json, yaml)) {
                assertThat(problems(schema, document)).as(plan + " template").isEmpty();
                assertThat(document.get("plan").asText())
                        .isEqualTo(plan.manifest().reference());
                String ward = plan.manifest().jurisdiction().area();
                if (ward == null) {
                    assertThat(document.at("/area/name").isNull()).isTrue();
                } else {
                    assertThat(document.at("/area/name").asText())
                            .as("a ward's own plan writes the ward")
                            .isEqualTo(ward);
                }
                assertThat(document.at("/area/province").asText())
                        .isEqualTo(plan.manifest().jurisdiction().province());
                assertThat(document.get("year").isNull()).isTrue();
                assertThat(fieldNames(document.get("facts"))).containsExactlyElementsOf(facts);
                document.get("facts")
                        .forEach(value -> assertThat(value.isNull()).isTrue());
            }
            assertThat(json.get("$schema").asText()).isEqualTo(plan.id() + ".schema.json");
            assertThat(FilledTemplate.template(plan, "yaml"))
                    .startsWith("# yaml-language-server: $schema=" + plan.id() + ".schema.json\n");
        }
    }

    @Test
    @DisplayName(
            "Every plan's template, filled in, passes validate (exit 0) and gets a verdict from evaluate, in JSON and in YAML")
    void templateFillValidateEvaluate(@TempDir Path dir) throws IOException {
        for (Plan plan : PLANS) {
            JsonSchema schema = schema(plan);
            Path json = dir.resolve(plan.id() + "-" + plan.version() + ".json");
            Path yaml = dir.resolve(plan.id() + "-" + plan.version() + ".yaml");
            Files.writeString(json, FilledTemplate.json(plan), StandardCharsets.UTF_8);
            Files.writeString(yaml, FilledTemplate.yaml(plan), StandardCharsets.UTF_8);
            int facts = PlanForm.of(plan).fields().size();
            for (Path file : List.of(json, yaml)) {
                JsonNode document = (file == json ? JSON : YAML).readTree(file.toFile());
                assertThat(problems(schema, document)).as(file.toString()).isEmpty();
                Run validate = Run.of("validate", file.toString());
                assertThat(validate.out())
                        .isEqualTo(file + ": hợp lệ — kế hoạch "
                                + plan.manifest().reference() + ", năm " + FilledTemplate.year(plan) + ", đã điền "
                                + facts + "/" + facts + " số liệu\n");
                assertThat(validate.exit()).isEqualTo(0);
                Run evaluate = Run.of("evaluate", "--format", "json", file.toString());
                assertThat(evaluate.err()).isEmpty();
                assertThat(evaluate.exit()).isIn(0, 1);
                JsonNode verdict = JSON.readTree(evaluate.out());
                assertThat(verdict.at("/plan/id").asText()).isEqualTo(plan.id());
                assertThat(verdict.at("/area/name").asText()).isEqualTo(FilledTemplate.area(plan));
                assertThat(verdict.get("missing_facts")).isEmpty();
                assertThat(verdict.get("criteria"))
                        .hasSize(plan.manifest().criteria().size());
            }
        }
    }

    @Test
    @DisplayName(
            "The samples conform to their plan's schema; a misspelt fact, a negative or quoted count and a flag written as text do not")
    void samplesAndBadFilesAgainstTheSchema() throws IOException {
        Plans plans = Plans.load();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            JsonNode document = JSON.readTree(sample.toFile());
            if (sample.getFileName().toString().contains("co-loai")) {
                // The city's figures with a type: no plan is chosen, and plan 102's schema forbids types.
                assertThat(problems(schema(plans.get("102-KH-UBND-2023@1.0.0")), document))
                        .as(sample.toString())
                        .containsExactly(CITY_WITH_TYPES);
                continue;
            }
            // A sample that names no plan is checked against the plan chosen for it.
            JsonSchema schema = schema(
                    document.has("plan")
                            ? plans.get(document.get("plan").asText())
                            : plans.choose(plans.reader().read(sample), null));
            if (sample.getFileName().toString().contains("go-sai")) {
                assertThat(problems(schema, document))
                        .as(sample.toString())
                        .containsExactly(
                                "$.facts: property 'househods' is not defined in the schema and the schema does not allow additional properties");
            } else {
                assertThat(problems(schema, document)).as(sample.toString()).isEmpty();
            }
        }
        Plan plan = plans.get("45-KH-BCD-2023");
        ObjectNode bad = (ObjectNode)
                JSON.readTree(SAMPLES.resolve("tra-vinh-2023/phuong-5.json").toFile());
        ObjectNode facts = (ObjectNode) bad.get("facts");
        facts.put("drug_cases", -1);
        facts.put("households", "1850");
        facts.put("drug_situation_complex", "không");
        facts.put("households_reached", 1.5);
        bad.put("year", 2025);
        ((ObjectNode) bad.get("area")).putArray("types").add("LOAI_5");
        assertThat(problems(schema(plan), bad))
                .containsExactly(
                        "$.area.types[0]: does not have a value in the enumeration [\"TTATXH\", \"LOAI_1\", \"LOAI_2\", \"LOAI_3\", \"LOAI_4\"]",
                        "$.facts.drug_cases: must have a minimum value of 0",
                        "$.facts.drug_situation_complex: string found, [boolean, null] expected",
                        "$.facts.households: string found, [integer, null] expected",
                        "$.facts.households_reached: number found, [integer, null] expected",
                        "$.year: must have a maximum value of 2023");
    }

    @Test
    @DisplayName(
            "validate reports all three mistakes of a file at once, each with the file, JSON path, expected, found and a suggestion; exit 2")
    void threeMistakes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ba-loi.json");
        Files.writeString(
                file,
                Files.readString(SAMPLES.resolve("tra-vinh-2023/phuong-5.json"), StandardCharsets.UTF_8)
                        .replace("\"year\": 2023", "\"year\": 2024")
                        .replace("\"households\": 1850", "\"househods\": 1850")
                        .replace("\"effective_models\": 2", "\"effective_models\": \"2\""),
                StandardCharsets.UTF_8);
        Run run = Run.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .containsExactly(
                        file
                                + ": $.facts.househods: số liệu không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?",
                        file
                                + ": $.facts.effective_models: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"2\""
                                + " — viết số không có dấu ngoặc kép",
                        file
                                + ": $.year: năm 2024 nằm ngoài thời gian hiệu lực của kế hoạch 45-KH-BCD-2023 (27/02/2023 – 31/12/2023)",
                        file + ": 3 lỗi");
        Run english = Run.of("validate", "--lang", "en", file.toString());
        assertThat(english.out().lines()).last().isEqualTo(file + ": 3 errors");
    }

    @Test
    @DisplayName(
            "validate reads YAML, names the facts still empty, and checks several files, exit 2 when any is invalid")
    void validateYamlAndSeveralFiles(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("thieu.yaml");
        Files.writeString(
                yaml,
                new YAMLMapper()
                        .writeValueAsString(JSON.readTree(SAMPLES.resolve("tra-vinh-2023/phuong-5-thieu-so-lieu.json")
                                .toFile())),
                StandardCharsets.UTF_8);
        String misspelt = Run.SAMPLES + "tra-vinh-2023/phuong-5-go-sai.json";
        Run run = Run.of("validate", "--plan", "45-KH-BCD-2023@1.0.0", yaml.toString(), misspelt);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out().lines())
                .containsExactly(
                        yaml + ": hợp lệ — kế hoạch 45-KH-BCD-2023@1.0.0, năm 2023, đã điền 13/15 số liệu; còn trống:"
                                + " general_criteria_met, new_drug_users_before",
                        misspelt
                                + ": $.facts.househods: số liệu không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?",
                        misspelt + ": 1 lỗi",
                        "2 tệp: 1 hợp lệ, 1 có lỗi");
        assertThat(Run.of("validate", yaml.toString()).exit()).isEqualTo(0);
        Run otherPlan = Run.of("validate", "--plan", "45-KH-BCD-2032", yaml.toString());
        assertThat(otherPlan.exit()).isEqualTo(2);
        assertThat(otherPlan.out()).contains(yaml + ": --plan: không có kế hoạch \"45-KH-BCD-2032\"");
    }

    @Test
    @DisplayName(
            "template and schema write a new UTF-8 file with -o, the template in the format of its extension, and never overwrite")
    void outputFiles(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("phuong-5.yml");
        assertThat(Run.of("template", "--plan", "45-KH-BCD-2023", "-o", yaml.toString())
                        .exit())
                .isEqualTo(0);
        assertThat(Files.readString(yaml, StandardCharsets.UTF_8))
                .startsWith("# yaml-language-server: $schema=45-KH-BCD-2023.schema.json\n")
                .contains("\n  households:\n");
        Path schema = dir.resolve("45-KH-BCD-2023.schema.json");
        assertThat(Run.of("schema", "--plan", "45-KH-BCD-2023@1.0.0", "-o", schema.toString())
                        .exit())
                .isEqualTo(0);
        assertThat(JSON.readTree(schema.toFile()).get("title").asText())
                .isEqualTo("Tệp số liệu đánh giá chuyển hóa theo kế hoạch 45-KH-BCD-2023 (bộ quy tắc 1.0.0)");
        Run again = Run.of("template", "--plan", "45-KH-BCD-2023", "-o", yaml.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err().strip())
                .isEqualTo(yaml + ": tệp đã có; tệp có sẵn chỉ được ghi đè khi yêu cầu: chọn tên khác, xóa tệp"
                        + " cũ hoặc thêm --overwrite");
        assertThat(Files.readString(yaml, StandardCharsets.UTF_8)).startsWith("# yaml-language-server");
        Run unknown = Run.of("template", "--plan", "45-KH-BCD-2032");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--plan: không có kế hoạch \"45-KH-BCD-2032\"");
        assertThat(Run.of("template").exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("With --lang en the YAML comments and the schema's descriptions are in English")
    void english() throws IOException {
        Run yaml = Run.of("template", "--plan", "45-KH-BCD-2023@1.0.0", "--format", "yaml", "--lang", "en");
        assertThat(yaml.out())
                .contains("  # Households reached by crime-prevention propaganda\n"
                        + "  # A whole number ≥ 0, unit: households; not larger than households\n"
                        + "  # Criterion sub-4 (sub-target): 100 % of households reached by crime and drug prevention propaganda"
                        + " — KH 45/KH-BCĐ ngày 27/02/2023, Danh mục chỉ tiêu, II. Chỉ tiêu phụ, mục 4\n"
                        + "  households_reached:\n");
        JsonNode schema = JSON.readTree(Run.of("schema", "--plan", "45-KH-BCD-2023@1.0.0", "--lang", "en")
                .out());
        assertThat(schema.at("/properties/facts/properties/households_reached/description")
                        .asText())
                .isEqualTo("Households reached by crime-prevention propaganda\n"
                        + "A whole number ≥ 0, unit: households; not larger than households\n"
                        + "Criterion sub-4 (sub-target): 100 % of households reached by crime and drug prevention propaganda"
                        + " — KH 45/KH-BCĐ ngày 27/02/2023, Danh mục chỉ tiêu, II. Chỉ tiêu phụ, mục 4");
    }
}
