package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft rule set tried on real files before it is built or released: evaluate, validate and review take
 * {@code --rules DIR}, and every verdict under a draft says so.
 */
class DraftRuleSetsTest {
    private static final String DRAFT = "45-KH-BCD-2023@99.0.0";
    private static final String FAILING = Run.SAMPLES + "tra-vinh-2023/phuong-5-chua-dat.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("evaluate --rules marks the verdict as a draft in its plan line and in a warning, text and JSON")
    void evaluateUnderADraft() throws Exception {
        Run text = Run.of("evaluate", "--rules", PlanFolder.AUTHORING, "--plan", DRAFT, FAILING);
        assertThat(text.exit()).as("main-1 still fails; sub-4 passes at 95 %").isEqualTo(1);
        assertThat(text.out())
                .contains("Kế hoạch: 45-KH-BCD-2023 v99.0.0 (bản nháp, chưa phát hành) — ")
                .contains("[Đạt] sub-4 · chỉ tiêu phụ")
                .endsWith("Lưu ý: plan: bộ quy tắc " + DRAFT + " là bản nháp (thư mục " + PlanFolder.AUTHORING
                        + "/45-KH-BCD-2023/99.0.0), chưa phát hành: kết quả để thử, không phải kết luận chính thức\n");
        JsonNode verdict = JSON.readTree(Run.of(
                        "evaluate",
                        "--rules",
                        PlanFolder.AUTHORING,
                        "--plan",
                        DRAFT,
                        "--format",
                        "json",
                        "--lang",
                        "en",
                        FAILING)
                .out());
        assertThat(verdict.at("/plan/version").asText()).isEqualTo("99.0.0");
        assertThat(verdict.at("/plan/draft").asBoolean()).isTrue();
        assertThat(verdict.at("/warnings/0/path").asText()).isEqualTo("plan");
        assertThat(verdict.at("/warnings/0/message").asText()).startsWith("rule set " + DRAFT + " is a draft");
        JsonNode released =
                JSON.readTree(Run.of("evaluate", "--plan", "45-KH-BCD-2023@1.0.0", "--format", "json", FAILING)
                        .out());
        assertThat(released.get("plan").has("draft"))
                .as("a released rule set's object is as it always was")
                .isFalse();
    }

    @Test
    @DisplayName("validate and review take --rules too; the review names the draft in its plan line")
    void validateAndReviewUnderADraft() {
        Run validate = Run.of("validate", "--rules", PlanFolder.AUTHORING, "--plan", DRAFT, FAILING);
        assertThat(validate.exit()).isEqualTo(0);
        assertThat(validate.out()).contains("hợp lệ — kế hoạch " + DRAFT);
        Run review = Run.of("review", "--rules", PlanFolder.AUTHORING, "--plan", DRAFT, "--no-html", FAILING);
        assertThat(review.exit()).isEqualTo(1);
        assertThat(review.out()).contains("Kế hoạch: 45-KH-BCD-2023 v99.0.0 (bản nháp, chưa phát hành) — ");
    }

    @Test
    @DisplayName("A draft that cannot be loaded stops evaluate before any file is read, naming its problem; exit 2")
    void brokenDraftIsRefused(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, "45-KH-BCD-2023", "1.0.0");
        copy.edit("manifest.yaml", m -> PlanFolder.withoutQuote(m, "sub-4"));
        Run run =
                Run.of("evaluate", "--rules", root.toString(), "--plan", "45-KH-BCD-2023@" + PlanFolder.DRAFT, FAILING);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(copy.place("manifest.yaml") + ": --rules: bộ quy tắc 45-KH-BCD-2023@" + PlanFolder.DRAFT
                        + " chưa nạp được: tiêu chí 'sub-4': nguồn thiếu trích dẫn (nguồn cần có văn bản, mục và"
                        + " trích dẫn)\n");
    }

    @Test
    @DisplayName("A draft whose DRL does not compile is its author's error, not the program's: evaluate refuses it,"
            + " exit 2, in the run's language, quoting the compiler")
    void uncompilableDraftIsRefused(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, "45-KH-BCD-2023", "1.1.0");
        // Within the rule language, so only the Java compiler can tell: isTrue takes the area and a fact's name.
        copy.edit(
                "rules.drl",
                d -> d.replace(
                        "insert(criterion(isTrue($area, \"general_criteria_met\")));",
                        "insert(criterion(isTrue($area)));"));
        String draft = "45-KH-BCD-2023@" + PlanFolder.DRAFT;
        Run run = Run.of("evaluate", "--rules", root.toString(), "--plan", draft, FAILING);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        String compiler = "The method isTrue(AreaFacts, String) in the type Checks is not applicable for the arguments"
                + " (AreaFacts)";
        assertThat(run.err())
                .isEqualTo(copy.version() + ": --rules: bộ quy tắc " + draft + " chưa nạp được: DRL không biên dịch"
                        + " được; trình biên dịch báo: " + compiler + "\n");
        Run english = Run.of("evaluate", "--rules", root.toString(), "--plan", draft, FAILING, "--lang", "en");
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err())
                .isEqualTo(copy.version() + ": --rules: rule set " + draft + " cannot be loaded: the DRL does not"
                        + " compile: " + compiler + "\n");
    }

    @Test
    @DisplayName("test --print-reasons shows each case's real decision, reasons and shortfalls as YAML to paste")
    void printReasons() {
        Run run = Run.of("test", "--print-reasons", "45-KH-BCD-2023@1.0.0");
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("  đúng  Tuyên truyền 1.849 trong 1.850 hộ là thiếu một hộ nên chỉ tiêu phụ 4 không đạt\n"
                        + "            decision: [\"không đạt 1/6 tiêu chí quyết định: sub-4\"]\n"
                        + "            reasons:\n")
                .contains("              sub-4: [\"Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %)\"]\n")
                .contains("            shortfall:\n"
                        + "              sub-4: \"thiếu 1 hộ (cần ít nhất 1.850/1.850 hộ)\"\n"
                        + "            missing: []\n");
    }
}
