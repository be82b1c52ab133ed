package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

class EvaluateCommandTest {
    /** The version these tests were written against: a newer one may decide the samples otherwise. */
    private static final String PLAN = "45-KH-BCD-2023@1.0.0";

    private static final String PASSING = Run.SAMPLES + "tra-vinh-2023/phuong-5.json";
    private static final String FAILING = Run.SAMPLES + "tra-vinh-2023/phuong-5-chua-dat.json";
    private static final String UNDECIDED = Run.SAMPLES + "tra-vinh-2023/phuong-5-thieu-so-lieu.json";
    private static final String MISSPELT = Run.SAMPLES + "tra-vinh-2023/phuong-5-go-sai.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName(
            "Phường 5 with every criterion met prints ĐẠT, one block per criterion with figures and source, exit 0")
    void passingSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, PASSING);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("KẾT QUẢ: ĐẠT — đạt đủ 6 tiêu chí quyết định")
                .contains("[Đạt] general · tiêu chí chung")
                .contains("[Đạt] main-1 · chỉ tiêu chính")
                .contains("Số vụ phạm tội, vi phạm về ma túy: 4 vụ, so với năm trước 9 vụ — giảm 5 vụ")
                .contains("[Đạt] main-2 · chỉ tiêu chính")
                .contains("[Đạt] sub-3 · chỉ tiêu phụ")
                .contains("[Đạt] sub-4 · chỉ tiêu phụ")
                .contains("Hộ được tuyên truyền: 1.850/1.850 hộ = 100 % (yêu cầu 100 %)")
                .contains("[Đạt] sub-5 · chỉ tiêu phụ")
                .contains("[Tham khảo] recidivism")
                .contains("Người tái phạm tội: 1/16 người = 6,3 % (yêu cầu dưới 15 %) — đạt")
                .contains("Nguồn: KH 45/KH-BCĐ ngày 27/02/2023, Danh mục chỉ tiêu, II. Chỉ tiêu phụ, mục 4: “");
        assertThat(run.out().lines().filter(l -> l.startsWith("["))).hasSize(7);
    }

    @Test
    @DisplayName("The failing sample prints CHƯA ĐẠT with each shortfall in figures, exit 1")
    void failingSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, FAILING);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("KẾT QUẢ: CHƯA ĐẠT — không đạt 2/6 tiêu chí quyết định: main-1, sub-4")
                .contains("[Không đạt] main-1")
                .contains("9 vụ, so với năm trước 9 vụ — không giảm")
                .contains("Còn thiếu: phải giảm ít nhất 1 vụ (còn tối đa 8 vụ)")
                .contains("[Không đạt] sub-4")
                .contains("1.849/1.850 hộ = 99,9 % (yêu cầu 100 %)")
                .contains("Còn thiếu: thiếu 1 hộ (cần ít nhất 1.850/1.850 hộ)");
    }

    @Test
    @DisplayName("The undecided sample prints CHƯA ĐỦ DỮ LIỆU and names the missing facts, exit 3")
    void undecidedSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, UNDECIDED);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out())
                .contains("KẾT QUẢ: CHƯA ĐỦ DỮ LIỆU")
                .contains("[Thiếu dữ liệu] general")
                .contains("[Thiếu dữ liệu] main-2")
                .contains("Cần bổ sung số liệu: general_criteria_met, new_drug_users_before");
    }

    @Test
    @DisplayName("A misspelt fact name exits 2 with the file, the JSON path and a suggestion, and no stack trace")
    void misspeltFact() {
        Run run = Run.of("evaluate", "--plan", PLAN, MISSPELT);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .isEqualTo(
                        MISSPELT
                                + ": $.facts.househods: số liệu không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?");
    }

    @Test
    @DisplayName("--format json follows the verdict contract: keys in the fixed order, figures as plain numbers")
    void jsonVerdict() throws IOException {
        Run run = Run.of("evaluate", "--plan", PLAN, "--format", "json", FAILING);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(fieldNames(verdict))
                .containsExactly(
                        "schema",
                        "engine",
                        "plan",
                        "area",
                        "year",
                        "outcome",
                        "label",
                        "decision_rule",
                        "decision",
                        "readings_used",
                        "readings",
                        "interim",
                        "criteria",
                        "missing_facts",
                        "warnings",
                        "input_sha256");
        assertThat(verdict.get("schema").asText()).isEqualTo("chuyenhoa.verdict/v1");
        assertThat(fieldNames(verdict.get("engine"))).containsExactly("version");
        assertThat(verdict.at("/engine/version").asText())
                .isEqualTo(vn.chuyenhoa.engine.EngineVersion.current())
                .matches("\\d+\\.\\d+\\.\\d+");
        assertThat(fieldNames(verdict.get("plan"))).containsExactly("id", "version", "title", "sha256");
        assertThat(verdict.at("/plan/id").asText()).isEqualTo("45-KH-BCD-2023");
        assertThat(verdict.at("/plan/version").asText()).isEqualTo("1.0.0");
        assertThat(verdict.at("/plan/sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(verdict.at("/area/name").asText()).isEqualTo("Phường 5 (bản chưa đạt)");
        assertThat(verdict.get("year").asInt()).isEqualTo(2023);
        assertThat(verdict.get("outcome").asText()).isEqualTo("FAIL");
        assertThat(verdict.get("label").asText()).isEqualTo("CHƯA ĐẠT");
        List<String> statuses = new ArrayList<>();
        verdict.get("criteria")
                .forEach(c -> statuses.add(
                        c.get("id").asText() + "=" + c.get("status").asText()));
        assertThat(statuses)
                .containsExactly(
                        "general=PASS",
                        "main-1=FAIL",
                        "main-2=PASS",
                        "sub-3=PASS",
                        "sub-4=FAIL",
                        "sub-5=PASS",
                        "recidivism=INFO");
        JsonNode sub4 = verdict.at("/criteria/4");
        assertThat(fieldNames(sub4))
                .containsExactly(
                        "id", "title", "group", "status", "reason", "facts", "requirement", "shortfall", "source");
        assertThat(sub4.get("group").asText()).isEqualTo("sub");
        assertThat(sub4.get("reason").asText())
                .isEqualTo("Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %)");
        assertThat(sub4.get("shortfall").asText()).isEqualTo("thiếu 1 hộ (cần ít nhất 1.850/1.850 hộ)");
        assertThat(sub4.at("/facts/0/name").asText()).isEqualTo("households_reached");
        assertThat(sub4.at("/facts/0/value").isIntegralNumber()).isTrue();
        assertThat(sub4.at("/facts/0/value").asLong()).isEqualTo(1849);
        assertThat(fieldNames(sub4.get("source"))).containsExactly("document", "section", "quote");
        assertThat(verdict.at("/criteria/0/shortfall").isNull()).isTrue();
        assertThat(verdict.get("missing_facts")).isEmpty();
        assertThat(verdict.get("input_sha256").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    @DisplayName("The same input gives the same output, byte for byte")
    void deterministic() {
        String[] args = {"evaluate", "--plan", PLAN, "--format", "json", PASSING, FAILING, UNDECIDED};
        assertThat(Run.of(args).out()).isEqualTo(Run.of(args).out());
        assertThat(Run.of("evaluate", "--plan", PLAN, PASSING).out())
                .isEqualTo(Run.of("evaluate", "--plan", PLAN, PASSING).out());
    }

    @Test
    @DisplayName("In a batch a bad file is reported in its place and every other file is still evaluated; exit 2")
    void batchKeepsOtherResults() throws IOException {
        Run run = Run.of("evaluate", "--plan", PLAN, "--format", "json", PASSING, MISSPELT, FAILING);
        assertThat(run.exit()).isEqualTo(2);
        JsonNode results = JSON.readTree(run.out());
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("outcome").asText()).isEqualTo("PASS");
        assertThat(results.get(1).get("file").asText()).isEqualTo(MISSPELT);
        assertThat(results.get(1).at("/error/path").asText()).isEqualTo("$.facts.househods");
        assertThat(results.get(1).at("/error/suggestion").asText()).isEqualTo("households");
        assertThat(results.get(2).get("outcome").asText()).isEqualTo("FAIL");
        assertThat(Run.of("evaluate", "--plan", PLAN, PASSING, FAILING, UNDECIDED)
                        .exit())
                .isEqualTo(1);
        assertThat(Run.of("evaluate", "--plan", PLAN, PASSING, UNDECIDED).exit())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("--lang en prints English labels and English number notation")
    void english() {
        Run run = Run.of("evaluate", "--plan", PLAN, "--lang", "en", FAILING);
        assertThat(run.out())
                .contains("OUTCOME: NOT ACHIEVED")
                .contains("[not met] sub-4 · sub-target")
                .contains("Households reached: 1,849/1,850 households = 99.9 % (required: 100 %)")
                .contains("To pass: short by 1 household (needs at least 1,850/1,850 households)");
    }

    @Test
    @DisplayName(
            "Unknown plans, plans that disagree with the file, and years outside the plan exit 2 with a clear message")
    void invalidPlanChoices(@TempDir Path dir) throws IOException {
        Run unknown = Run.of("evaluate", "--plan", "45-KH-BCD-2032", PASSING);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("--plan: không có kế hoạch \"45-KH-BCD-2032\"")
                .contains("có phải ý bạn là \"45-KH-BCD-2023\"?");
        Path lateYear = dir.resolve("2025.json");
        Files.writeString(
                lateYear,
                Files.readString(Path.of(PASSING)).replace("\"year\": 2023", "\"year\": 2025"),
                StandardCharsets.UTF_8);
        Run late = Run.of("evaluate", "--plan", PLAN, lateYear.toString());
        assertThat(late.exit()).isEqualTo(2);
        assertThat(late.err())
                .contains(
                        "$.year: năm 2025 nằm ngoài thời gian hiệu lực của kế hoạch 45-KH-BCD-2023 (27/02/2023 – 31/12/2023)");
        Run missing = Run.of("evaluate", dir.resolve("none.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json: $: không tìm thấy tệp");
    }

    @Test
    @DisplayName("Usage mistakes exit 2 and point to --help; --help and --version exit 0")
    void usage() {
        Run noFile = Run.of("evaluate");
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).isEqualTo("thiếu tham số bắt buộc: FILE\nXem: chuyenhoa evaluate --help\n");
        assertThat(Run.of("evaluate", "--format", "xml", PASSING).exit()).isEqualTo(2);
        Run help = Run.of("--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("evaluate").contains("plans").contains("explain");
        for (String command : new String[] {"evaluate", "plans", "explain"}) {
            Run commandHelp = Run.of(command, "--help");
            assertThat(commandHelp.exit()).as(command + " --help").isEqualTo(0);
            assertThat(commandHelp.out()).contains("Usage: chuyenhoa " + command + " [-hV]");
        }
        Run version = Run.of("--version");
        assertThat(version.exit()).isEqualTo(0);
        assertThat(version.out()).startsWith("chuyenhoa 0.1.0");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("A missing year is answered with a year in the plan's own period, for every plan: the one the file"
            + " or --plan names, else each plan's; following the hint gives a year the plan accepts")
    void missingYearHintFitsThePlan(@TempDir Path dir) throws IOException {
        Plans plans = Plans.load();
        for (Plan plan : plans.newest()) {
            Path form = dir.resolve(plan.id() + ".json");
            assertThat(Run.of("template", "--plan", plan.id(), "-o", form.toString())
                            .exit())
                    .isZero();
            int from = plan.manifest().inForce().from().getYear();
            int to = plan.manifest().inForce().to().getYear();
            String years = from == to ? String.valueOf(from) : "một năm từ " + from + " đến " + to;
            Run missing = Run.of("validate", form.toString());
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.out() + missing.err())
                    .contains(form + ": $.year: thiếu năm đánh giá (cần \"year\": " + years
                            + ", trong thời gian hiệu lực của kế hoạch " + plan.id() + ": ");
            ObjectNode filled = (ObjectNode) JSON.readTree(form.toFile());
            filled.put("year", from);
            ((ObjectNode) filled.get("area")).put("name", "Phường 5");
            Files.writeString(form, JSON.writeValueAsString(filled));
            Run filledIn = Run.of("validate", form.toString());
            assertThat(filledIn.out() + filledIn.err()).doesNotContain("$.year");
        }
        Path noPlan = dir.resolve("khong-ke-hoach.json");
        Files.writeString(noPlan, "{\"area\": {\"name\": \"Phường 5\"}, \"facts\": {}}");
        Run named = Run.of("evaluate", "--plan", "7488-KH-UBND-2017", noPlan.toString(), "--lang", "en");
        assertThat(named.err())
                .isEqualTo(noPlan + ": $.year: the evaluation year is missing (expected \"year\": a year from 2017 to"
                        + " 2020, within the period of plan 7488-KH-UBND-2017: 31/07/2017 – 31/12/2020)\n");
        Run any = Run.of("evaluate", noPlan.toString());
        StringBuilder every = new StringBuilder();
        for (Plan plan : plans.newest()) {
            int from = plan.manifest().inForce().from().getYear();
            int to = plan.manifest().inForce().to().getYear();
            every.append(every.length() == 0 ? "" : "; ")
                    .append(plan.id())
                    .append(from == to ? " năm " + from : " từ " + from + " đến " + to);
        }
        assertThat(any.err())
                .isEqualTo(noPlan + ": $.year: thiếu năm đánh giá (cần \"year\": năm của số liệu, trong thời gian hiệu"
                        + " lực của kế hoạch: " + every + ")\n");
    }

    @Test
    @DisplayName("The file's evidence is shown under the figures it supports, in the run's language")
    void evidenceUnderItsFigure() {
        for (String language : List.of("vi", "en")) {
            Run run = Run.of("evaluate", "--plan", PLAN, PASSING, "--lang", language);
            String label = language.equals("vi") ? "Nguồn số liệu" : "Evidence";
            List<String> lines = run.out().lines().toList();
            int main1 = lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("[") && l.contains(" main-1 "))
                    .findFirst()
                    .orElseThrow());
            assertThat(lines.get(main1 + 1))
                    .startsWith("    " + (language.equals("vi") ? "Số liệu" : "Figures") + ": ");
            assertThat(lines.get(main1 + 2))
                    .isEqualTo("    " + label + " (drug_cases): Minh họa — số liệu giả định (illustrative figure)");
            int sub4 = lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("[") && l.contains(" sub-4 "))
                    .findFirst()
                    .orElseThrow());
            assertThat(lines.get(sub4 + 2))
                    .isEqualTo("    " + label
                            + " (households_reached): Minh họa — số liệu giả định (illustrative figure)");
            assertThat(run.out().lines().filter(l -> l.startsWith("    " + label + " ")))
                    .hasSize(2);
        }
    }
}
