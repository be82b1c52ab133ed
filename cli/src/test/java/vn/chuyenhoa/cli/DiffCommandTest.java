package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

/**
 * {@code diff} with a second version that changes one threshold: the test fixture 45-KH-BCD-2023@99.0.0
 * (src/test/resources/authoring) asks 95 % of households reached (sub-4) instead of 100 %.
 */
class DiffCommandTest {
    private static final String BEFORE = "45-KH-BCD-2023@1.0.0";
    private static final String AFTER = "45-KH-BCD-2023@99.0.0";
    private static final String SAMPLES = Run.SAMPLES + "tra-vinh-2023/";
    private static final String CORPUS = "src/test/resources/diff-corpus";

    @Test
    @DisplayName("Lowering sub-4 to 95 % lists exactly the two areas reaching 1.849 of 1.850 households: one turns ĐẠT,"
            + " one stays CHƯA ĐẠT for another criterion; --fail-on-change exits 1")
    void oneThresholdChanged() throws Exception {
        Run run = Run.of(
                "diff",
                "--fail-on-change",
                "--rules",
                PlanFolder.AUTHORING,
                BEFORE,
                AFTER,
                SAMPLES + "phuong-5.json",
                SAMPLES + "phuong-5-chua-dat.json",
                SAMPLES + "phuong-5-thieu-so-lieu.json",
                CORPUS);
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                ### Thay đổi kết quả: 45-KH-BCD-2023 1.0.0 → 99.0.0

                - 1.0.0: bộ quy tắc sha256 `%s`
                - 99.0.0: bộ quy tắc sha256 `%s`
                - Đã so sánh 5 địa bàn; số địa bàn thay đổi kết quả hoặc trạng thái tiêu chí: 2.
                - Bỏ qua tệp của kế hoạch khác: `src/test/resources/diff-corpus/xa-dong-nai-kh-7488.json` (7488-KH-UBND-2017)

                | Địa bàn | Năm | Tệp | Kết quả 1.0.0 → 99.0.0 | Tiêu chí thay đổi |
                |---|---|---|---|---|
                | Phường 5 (bản chưa đạt), Thành phố Trà Vinh, Trà Vinh | 2023 | `../samples/tra-vinh-2023/phuong-5-chua-dat.json` | CHƯA ĐẠT (không đổi) | sub-4: Không đạt → Đạt |
                | Phường 5 (bản thiếu 1 hộ được tuyên truyền), Thành phố Trà Vinh, Trà Vinh | 2023 | `src/test/resources/diff-corpus/phuong-5-thieu-1-ho.json` | **CHƯA ĐẠT → ĐẠT** | sub-4: Không đạt → Đạt |
                """.formatted(Plans.load().get(BEFORE).sha256(), fixtureSha256()));
    }

    @Test
    @DisplayName("A file that cannot be read is a row of its own and the other areas are still compared; the exit"
            + " code follows the changes: 0 without --fail-on-change, 1 with it")
    void invalidFileInCorpus() {
        Run run = Run.of("diff", "--lang", "en", "--rules", PlanFolder.AUTHORING, BEFORE, "45-KH-BCD-2023", SAMPLES);
        assertThat(run.exit()).isEqualTo(0);
        String misspelt = SAMPLES + "phuong-5-go-sai.json: $.facts.househods: unknown fact \"househods\""
                + " — did you mean \"households\"?";
        assertThat(run.err()).isEqualTo(misspelt + "\n");
        assertThat(run.out())
                .contains("- Compared 3 areas; areas whose outcome or criterion statuses change: 1.\n"
                        + "- Files that cannot be evaluated (a row each in the table): 1.\n")
                .endsWith("| Area | Year | File | Outcome 1.0.0 → 99.0.0 | Criteria that change |\n"
                        + "|---|---|---|---|---|\n"
                        + "| Phường 5 (bản chưa đạt), Thành phố Trà Vinh, Trà Vinh | 2023 |"
                        + " `../samples/tra-vinh-2023/phuong-5-chua-dat.json` | NOT ACHIEVED (unchanged) | sub-4: not met → met |\n"
                        + "| — | — | `../samples/tra-vinh-2023/phuong-5-go-sai.json` | cannot be evaluated:"
                        + " $.facts.househods: unknown fact \"househods\" — did you mean \"households\"? | — |\n");
        Run failing =
                Run.of("diff", "--fail-on-change", "--rules", PlanFolder.AUTHORING, BEFORE, "45-KH-BCD-2023", SAMPLES);
        assertThat(failing.exit()).isEqualTo(1);
        Run same = Run.of("diff", "--fail-on-change", BEFORE, BEFORE, SAMPLES);
        assertThat(same.exit())
                .as("nothing changes; the unreadable file is a row, not a failure")
                .isEqualTo(0);
    }

    @Test
    @DisplayName("Two identical versions change nothing: no table, and --fail-on-change exits 0")
    void nothingChanges() {
        Run run = Run.of("diff", "--fail-on-change", BEFORE, BEFORE, CORPUS);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("- Đã so sánh 2 địa bàn; số địa bàn thay đổi kết quả hoặc trạng thái tiêu chí: 0.\n")
                .doesNotContain("| Địa bàn |");
    }

    @Test
    @DisplayName("A version that does not exist is a usage error naming the argument, exit 2; --help shows the usage")
    void unknownVersion() {
        Run run = Run.of("diff", BEFORE, AFTER, CORPUS);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("ID@B: không có kế hoạch \"45-KH-BCD-2023@99.0.0\" (có: ")
                .contains(BEFORE);
        Run help = Run.of("diff", "--help");
        assertThat(help.exit()).isEqualTo(0);
        assertThat(help.out())
                .contains("Usage: chuyenhoa diff [-hV]")
                .contains("--fail-on-change")
                .contains("--rules=DIR");
    }

    private static String fixtureSha256() throws Exception {
        Path folder = Path.of(PlanFolder.AUTHORING, "45-KH-BCD-2023", "99.0.0");
        return Plan.compile(
                        folder.toString(),
                        Files.readAllBytes(folder.resolve("manifest.yaml")),
                        Files.readAllBytes(folder.resolve("rules.drl")),
                        Plans.load().catalog())
                .sha256();
    }
}
