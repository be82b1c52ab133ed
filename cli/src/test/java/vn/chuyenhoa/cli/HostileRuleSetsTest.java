package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules folder given with {@code --rules} that tries to run code: every command that loads it refuses it, naming
 * the file, the line and what is not allowed, and nothing of it runs. Before, a rule's {@code System.exit(0)} ended
 * check, test and diff with exit 0 and no output (here, it would end the test's own JVM).
 */
class HostileRuleSetsTest {
    private static final String PLAN = "45-KH-BCD-2023";
    private static final String DRAFT = PLAN + "@" + PlanFolder.DRAFT;
    private static final String SUB_4 =
            "    insert(criterion(\"sub-4\", shareAtLeast($area, \"households_reached\", \"households\", \"100\")));";
    private static final String NOT_ALLOWED =
            ": quy tắc \"Chỉ tiêu phụ 4: 100 % hộ dân được tuyên truyền\": System.exit(0); không được phép: phần hành"
                    + " động chỉ thêm kết quả của một tiêu chí, dạng insert(criterion(check(…), …));";

    /** A draft of plan 45 whose sub-4 rule calls System.exit(0) on line 51 before deciding. */
    private static PlanFolder exiting(Path root) {
        PlanFolder copy = PlanFolder.copy(root, PLAN, "1.0.0");
        copy.edit("rules.drl", drl -> drl.replace(SUB_4, "    System.exit(0);\n" + SUB_4));
        return copy;
    }

    @Test
    @DisplayName("check refuses a rule that calls System.exit, at its file and line, and exits 1")
    void check(@TempDir Path root) {
        PlanFolder copy = exiting(root);
        Run run = Run.of("check", "--rules", root.toString(), DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .isEqualTo(DRAFT + " — " + copy.version() + "\n"
                        + "Chưa chạy các trường hợp mẫu: bộ quy tắc chưa nạp được cho đến khi sửa xong các lỗi dưới đây\n"
                        + "Lỗi (1):\n"
                        + "  " + copy.place("rules.drl") + ":51" + NOT_ALLOWED + "\n"
                        + "\n"
                        + "Tổng: 1 bộ quy tắc, 1 lỗi — CÓ LỖI\n");
    }

    @Test
    @DisplayName("test reports the rule set as one that cannot run, and exits 1")
    void test(@TempDir Path root) {
        PlanFolder copy = exiting(root);
        Run run = Run.of("test", "--rules", root.toString(), DRAFT);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .startsWith(DRAFT + " — 0 trường hợp mẫu (" + copy.version() + ")\n" + "  LỖI   "
                        + copy.place("rules.drl") + ":51" + NOT_ALLOWED + "\n")
                .endsWith("golden: 0 passed, 0 failed\n");
    }

    @Test
    @DisplayName("diff, evaluate, validate and review refuse the draft before reading a file: one line, exit 2")
    void evaluatingCommands(@TempDir Path root) {
        PlanFolder copy = exiting(root);
        String sample = Run.SAMPLES + "tra-vinh-2023/phuong-5.json";
        for (Run run : new Run[] {
            Run.of("diff", "--rules", root.toString(), PLAN + "@1.0.0", DRAFT, sample),
            Run.of("evaluate", "--rules", root.toString(), "--plan", DRAFT, sample),
            Run.of("validate", "--rules", root.toString(), "--plan", DRAFT, sample),
            Run.of("review", "--rules", root.toString(), "--plan", DRAFT, "--no-html", sample)
        }) {
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
            assertThat(run.err()).contains(copy.place("rules.drl") + ":51" + NOT_ALLOWED);
        }
    }
}
