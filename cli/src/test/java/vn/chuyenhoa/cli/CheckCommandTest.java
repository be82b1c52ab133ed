package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;

class CheckCommandTest {
    private static final String PLAN = "45-KH-BCD-2023";
    private static final String VERSION = "1.0.0";

    @Test
    @DisplayName("check passes on every shipped rule set and prints, for each, a coverage row per criterion; exit 0")
    void everyShippedPlanPasses() {
        Run run = Run.of("check");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        Plans plans = Plans.load();
        for (Plan plan : plans.all()) {
            assertThat(run.out())
                    .contains(plan.manifest().reference() + " — chuyenhoa/plans/" + plan.id() + "/" + plan.version()
                            + " — sha256 " + plan.sha256());
            for (CriterionDefinition criterion : plan.manifest().criteria()) {
                assertThat(run.out())
                        .containsPattern("(?m)^\\| " + java.util.regex.Pattern.quote(criterion.id())
                                + " .*\\| +[1-9]\\d* \\| +[1-9]\\d* \\| +\\d+ \\| +\\d+ \\|$");
            }
        }
        assertThat(run.out().lines().filter(l -> l.equals("Đạt: không có lỗi.")))
                .hasSize(plans.all().size());
        assertThat(run.out()).endsWith("Tổng: " + plans.all().size() + " bộ quy tắc, 0 lỗi — ĐẠT\n");
    }

    @Test
    @DisplayName("The coverage table counts, per criterion of 45-KH-BCD-2023, the golden cases showing each status;"
            + " an INFO criterion by its measured status")
    void coverageTableOfPlan45() {
        Run run = Run.of("check", PLAN + "@" + VERSION);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).contains("""
                Độ phủ: số trường hợp mẫu cho thấy mỗi tiêu chí ở mỗi trạng thái

                | Tiêu chí                                   | Đạt | Không đạt | Thiếu dữ liệu | Không áp dụng |
                | ------------------------------------------ | --: | --------: | ------------: | ------------: |
                | general                                    |  24 |         1 |             2 |             0 |
                | main-1                                     |  22 |         3 |             2 |             0 |
                | main-2                                     |  23 |         2 |             2 |             0 |
                | sub-3                                      |  24 |         1 |             1 |             1 |
                | sub-4                                      |  23 |         2 |             2 |             0 |
                | sub-5                                      |  25 |         1 |             1 |             0 |
                | recidivism (tham khảo: trạng thái đo được) |  25 |         1 |             1 |             0 |

                Đạt: không có lỗi.
                """);
    }

    @Test
    @DisplayName(
            "Removing a criterion's quote makes check fail with a message naming the criterion and the file; exit 1")
    void criterionWithoutQuote(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit("manifest.yaml", m -> PlanFolder.withoutQuote(m, "sub-4"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(PLAN + "@" + PlanFolder.DRAFT + " — " + copy.version() + "\n"
                        + "Chưa chạy các trường hợp mẫu: bộ quy tắc chưa nạp được cho đến khi sửa xong các lỗi dưới đây\n"
                        + "Lỗi (1):\n"
                        + "  " + copy.place("manifest.yaml") + ": tiêu chí 'sub-4': nguồn thiếu trích dẫn"
                        + " (nguồn cần có văn bản, mục và trích dẫn)\n"
                        + "\n"
                        + "Tổng: 1 bộ quy tắc, 1 lỗi — CÓ LỖI\n");
    }

    @Test
    @DisplayName("Removing the only golden case where a criterion fails makes check fail naming the criterion; exit 1")
    void criterionWithoutFailingCase(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit(
                "golden.yaml",
                g -> PlanFolder.withoutCase(g, "Không có mô hình hoạt động hiệu quả thì chỉ tiêu phụ 5 không đạt"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "| sub-5                                      |  25 |       0 ✗ |             1 |             0 |")
                .contains("Lỗi (1):\n  " + copy.place("golden.yaml") + ": tiêu chí 'sub-5' không có trường hợp mẫu"
                        + " nào ở trạng thái FAIL; đã thấy: PASS 25, MISSING 1\n")
                .endsWith("Tổng: 1 bộ quy tắc, 1 lỗi — CÓ LỖI\n");
    }

    @Test
    @DisplayName("A rule that reads a fact the manifest does not declare for its criterion fails check at that line")
    void undeclaredFact(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit(
                "rules.drl",
                d -> d.replace("atLeast($area, \"effective_models\", 1)", "atLeast($area, \"households\", 1)"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        // Reading households (given and ≥ 1 in every case but one) instead of the models also leaves sub-5 never
        // failing.
        assertThat(run.out())
                .contains("Lỗi (2):\n"
                        + "  " + copy.place("rules.drl")
                        + ":59: quy tắc \"Chỉ tiêu phụ 5: ít nhất 01 mô hình hoạt động hiệu quả\""
                        + " (tiêu chí 'sub-5') đọc số liệu 'households' nhưng manifest không khai báo số liệu này cho 'sub-5'"
                        + " (đã khai báo: effective_models)\n"
                        + "  " + copy.place("golden.yaml") + ": tiêu chí 'sub-5' không có trường hợp mẫu nào ở trạng"
                        + " thái FAIL; đã thấy: PASS 25, MISSING 2\n");
    }

    @Test
    @DisplayName("A rule without @criterion, a rule tied to an undeclared criterion and a criterion no rule decides"
            + " each fail check, naming the rule, its line and the criterion")
    void rulesNotTiedToCriteria(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit(
                "rules.drl",
                d -> d.replace("    @criterion(\"sub-5\")\n", "")
                        .replace("@criterion(\"recidivism\")", "@criterion(\"recidivsm\")"));
        // In English, as the other tests read Vietnamese: each problem is said in the run's language.
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT, "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        String drl = copy.place("rules.drl");
        assertThat(run.out())
                .contains("Golden cases not run: the rule set cannot be loaded until the problems below are fixed\n"
                        + "Problems (4):\n"
                        + "  " + drl
                        + ":54: rule \"Chỉ tiêu phụ 5: ít nhất 01 mô hình hoạt động hiệu quả\" is not tied to a"
                        + " criterion: add @criterion(\"…\") naming one the manifest declares (general, main-1, main-2, sub-3,"
                        + " sub-4, sub-5, recidivism)\n"
                        + "  " + drl
                        + ":61: rule \"Mục II.2.3: tỷ lệ tái phạm dưới 15 % (tham khảo)\" is tied to criterion"
                        + " 'recidivsm', which the manifest does not declare (did you mean 'recidivism'?) (declared: general,"
                        + " main-1, main-2, sub-3, sub-4, sub-5, recidivism)\n"
                        + "  " + drl + ": criterion 'sub-5' is declared in the manifest but never decided: no rule has"
                        + " @criterion(\"sub-5\")\n"
                        + "  " + drl
                        + ": criterion 'recidivism' is declared in the manifest but never decided: no rule has"
                        + " @criterion(\"recidivism\")\n");
    }

    @Test
    @DisplayName("A rule-set version without golden cases fails check, naming the missing golden.yaml")
    void noGoldenCases(@TempDir Path root) throws Exception {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        Files.delete(copy.file("golden.yaml"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "Chưa chạy các trường hợp mẫu: chúng không đọc được hoặc bộ quy tắc không nạp được, xem các lỗi"
                                + " dưới đây\n"
                                + "Lỗi (1):\n  " + copy.place("golden.yaml")
                                + ": không có trường hợp mẫu: mỗi phiên bản bộ quy tắc cần một golden.yaml bên cạnh các quy"
                                + " tắc của nó\n");
    }

    @Test
    @DisplayName("A DRL its parser cannot read is refused with the parser's words at their line, and nothing else is"
            + " made of its rules; exit 1")
    void unreadableDrl(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        // A quote left open: every rule after it would be misread.
        copy.edit("rules.drl", d -> d.replaceFirst("\"general_criteria_met\"", "\"general_criteria_met"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        List<String> problems =
                run.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertThat(problems)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line)
                        .startsWith("  " + copy.place("rules.drl") + ":")
                        .contains(": không đọc được DRL; trình phân tích của Drools báo: [ERR "));
        assertThat(run.out())
                .contains("Chưa chạy các trường hợp mẫu: bộ quy tắc chưa nạp được cho đến khi sửa xong các lỗi dưới"
                        + " đây\n");
    }

    @Test
    @DisplayName("A manifest in another version's folder is refused naming both; exit 1")
    void manifestInAnotherVersionsFolder(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit("manifest.yaml", m -> m.replace("\nversion: " + PlanFolder.DRAFT + "\n", "\nversion: 0.0.5\n"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("Lỗi (1):\n  " + copy.place("manifest.yaml") + ": khai báo " + PLAN
                        + "@0.0.5 nhưng nằm trong thư mục " + PLAN + "/" + PlanFolder.DRAFT + "\n");
    }

    @Test
    @DisplayName("A golden case the YAML reader cannot map is one line: where, and the reader's words")
    void unreadableGoldenCase(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, VERSION);
        copy.edit("golden.yaml", g -> g.replaceFirst("outcome: FAIL", "outcome: [FAIL]"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@" + PlanFolder.DRAFT, "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("\n  " + java.util.regex.Pattern.quote(copy.place("golden.yaml"))
                        + ": not valid golden cases \\(line \\d+, column 14\\): \\$\\.cases\\[\\d+\\]\\.outcome:"
                        + " Cannot deserialize value of type `java.lang.String` from Array value [^\\n]*\\n\\n");
    }

    @Test
    @DisplayName("A new version tried with --rules is compiled from its DRL and checked beside the shipped one")
    void newVersionFromAuthoringFolder() {
        Run run = Run.of("check", "--rules", PlanFolder.AUTHORING, PLAN + "@1.0.0", PLAN + "@99.0.0");
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out())
                .contains(PLAN + "@1.0.0 — chuyenhoa/plans/45-KH-BCD-2023/1.0.0 — sha256 ")
                .contains(PLAN + "@99.0.0 — " + PlanFolder.AUTHORING + "/45-KH-BCD-2023/99.0.0 — sha256 ")
                .contains(
                        "| sub-4                                      |  25 |         2 |             2 |             0 |")
                .endsWith("Tổng: 2 bộ quy tắc, 0 lỗi — ĐẠT\n");
    }

    @Test
    @DisplayName("A --rules folder holding a released version (in plans.lock) is refused, exit 2: it would shadow"
            + " the version that verdicts pin")
    void releasedVersionCannotBeShadowed(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copyAsIs(root, "7488-KH-UBND-2017", "1.0.0");
        for (String command : new String[] {"check", "test", "diff"}) {
            Run run = command.equals("diff")
                    ? Run.of(
                            "diff",
                            "--rules",
                            root.toString(),
                            "7488-KH-UBND-2017@1.0.0",
                            "7488-KH-UBND-2017@1.0.0",
                            Run.SAMPLES)
                    : Run.of(command, "--rules", root.toString());
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.out()).as(command).isEmpty();
            assertThat(run.err())
                    .as(command)
                    .isEqualTo(copy.version() + ": --rules: 7488-KH-UBND-2017@1.0.0 đã phát hành"
                            + " (có trong plans.lock): bộ quy tắc đã phát hành không bao giờ thay đổi nên thư mục này không được"
                            + " thay nó; hãy chép sang một phiên bản mới (docs/adding-a-plan.md)\n");
        }
    }

    @Test
    @DisplayName("A patch version that flips a golden case's outcome, compared with the patch before it, fails check"
            + " naming the case and asking for a new minor version")
    void patchThatFlipsAVerdict(@TempDir Path root) {
        PlanFolder.copy(root, PLAN, VERSION, "0.0.0");
        PlanFolder patch = PlanFolder.copy(root, PLAN, VERSION, "0.0.1");
        patch.edit(
                "rules.drl",
                d -> d.replace(
                        "\"households_reached\", \"households\", \"100\"",
                        "\"households_reached\", \"households\", \"95\""));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@0.0.1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "  " + patch.place("golden.yaml") + ": phiên bản vá 0.0.1 quyết định trường hợp"
                                + " \"Tuyên truyền 1.849 trong 1.850 hộ là thiếu một hộ nên chỉ tiêu phụ 4 không đạt\" khác 0.0.0:"
                                + " kết quả PASS, theo 0.0.0 là FAIL; sub-4 PASS, theo 0.0.0 là FAIL. Thay đổi nào có thể"
                                + " làm đổi kết luận thì phải ra phiên bản minor hoặc major mới, không phải bản vá (DESIGN 1.1)\n");
    }

    @Test
    @DisplayName("A patch version that changes words only (a title) passes check beside the patch before it")
    void patchOfWordsOnly(@TempDir Path root) {
        PlanFolder.copy(root, PLAN, VERSION, "0.0.0");
        PlanFolder patch = PlanFolder.copy(root, PLAN, VERSION, "0.0.1");
        patch.edit(
                "manifest.yaml",
                m -> m.replace(
                        "vi: Ít nhất 01 mô hình vận động Nhân dân phòng, chống tội phạm" + " hoạt động hiệu quả",
                        "vi: Có ít nhất 01 mô hình vận động Nhân dân phòng, chống tội phạm hoạt động hiệu quả"));
        Run run = Run.of("check", "--rules", root.toString(), PLAN + "@0.0.1");
        assertThat(run.exit()).as(run.out()).isEqualTo(0);
        assertThat(run.out()).endsWith("Tổng: 1 bộ quy tắc, 0 lỗi — ĐẠT\n");
    }

    @Test
    @DisplayName("An unknown plan, a --rules folder without rule sets, or two folders holding the same version"
            + " is a usage error, exit 2; --help shows the usage")
    void usage(@TempDir Path empty, @TempDir Path one, @TempDir Path two) {
        Run unknown = Run.of("check", "45-KH-BCD-2032");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err())
                .contains("PLAN: không có kế hoạch \"45-KH-BCD-2032\"")
                .contains("có phải ý bạn là \"45-KH-BCD-2023\"?");
        Run noRules = Run.of("check", "--rules", empty.toString());
        assertThat(noRules.exit()).isEqualTo(2);
        assertThat(noRules.err()).contains(empty + ": --rules: không có bộ quy tắc nào (không có tệp manifest.yaml)");
        PlanFolder first = PlanFolder.copy(one, PLAN, VERSION);
        PlanFolder second = PlanFolder.copy(two, PLAN, VERSION);
        Run twice = Run.of("check", "--rules", one.toString(), "--rules", two.toString());
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err())
                .contains(second.version() + ": --rules: hai thư mục cùng chứa " + PLAN + "@" + PlanFolder.DRAFT + ": "
                        + first.version() + " và " + second.version());
        Run help = Run.of("check", "--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out()).contains("Usage: chuyenhoa check [-hV]").contains("--rules=DIR");
    }
}
