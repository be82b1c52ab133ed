package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One language per run: Vietnamese by default, English with {@code --lang en}, in what picocli, the parsers and the
 * commands' own checks report too; a misspelt command, option or plan gets a "did you mean".
 */
class OneLanguageTest {
    private static void refused(String vi, String en, String... args) {
        Run run = Run.of(args);
        assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(vi);
        String[] english = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "en"))
                .toArray(String[]::new);
        Run inEnglish = Run.of(english);
        assertThat(inEnglish.exit()).isEqualTo(2);
        assertThat(inEnglish.err()).isEqualTo(en);
    }

    @Test
    @DisplayName("picocli's own errors in the run's language: an unknown command or option with a did-you-mean, a"
            + " value of the wrong kind, a missing or repeated one, arguments too many")
    void usageErrors() {
        refused(
                "không có lệnh \"evalute\" — có phải ý bạn là \"evaluate\"?\nXem: chuyenhoa --help\n",
                "unknown command \"evalute\" — did you mean \"evaluate\"?\nSee: chuyenhoa --help\n",
                "evalute",
                "x.json");
        refused(
                "không có tùy chọn \"--fromat\" — có phải ý bạn là \"--format\"?\nXem: chuyenhoa evaluate --help\n",
                "unknown option \"--fromat\" — did you mean \"--format\"?\nSee: chuyenhoa evaluate --help\n",
                "evaluate",
                "--fromat",
                "json",
                "x.json");
        refused(
                "--format: giá trị không hợp lệ \"xml\" (cần một trong text, json)\nXem: chuyenhoa evaluate --help\n",
                "--format: invalid value \"xml\" (expected one of text, json)\nSee: chuyenhoa evaluate --help\n",
                "evaluate",
                "--format",
                "xml",
                "x.json");
        refused(
                "--communes: giá trị không hợp lệ \"abc\" (cần một số nguyên)\nXem: chuyenhoa review --help\n",
                "--communes: invalid value \"abc\" (expected a whole number)\nSee: chuyenhoa review --help\n",
                "review",
                "--communes",
                "abc",
                "x");
        refused(
                "chỉ được nêu một lần: --plan\nXem: chuyenhoa evaluate --help\n",
                "give it only once: --plan\nSee: chuyenhoa evaluate --help\n",
                "evaluate",
                "--plan",
                "a",
                "--plan",
                "b",
                "x.json");
        refused(
                "thừa tham số: \"x\"\nXem: chuyenhoa plans --help\n",
                "unexpected arguments: \"x\"\nSee: chuyenhoa plans --help\n",
                "plans",
                "x");
        refused(
                "cần ít nhất một tệp, thư mục, --csv TỆP hoặc --xlsx TỆP\nXem: chuyenhoa review --help\n",
                "give at least one file, directory, --csv FILE or --xlsx FILE\nSee: chuyenhoa review --help\n",
                "review");
    }

    @Test
    @DisplayName("A plan id without its year gets the plan it begins as a did-you-mean")
    void planWithoutItsYear() {
        Run run = Run.of("explain", "45-KH-BCD");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("PLAN: không có kế hoạch \"45-KH-BCD\" (có: ")
                .endsWith(") — có phải ý bạn là \"45-KH-BCD-2023\"?\n");
    }

    @Test
    @DisplayName("The parser's words about a broken file are in the run's language")
    void parserWords(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("hong.json");
        Files.writeString(broken, "{\"area\": {\"name\": \"X\"}, \"year\": 2023, \"facts\": {\"households\": 1");
        Run vi = Run.of("evaluate", broken.toString());
        assertThat(vi.err())
                .isEqualTo(broken + ": $.facts.households: JSON không hợp lệ (dòng 1, cột 64): tệp kết thúc giữa chừng"
                        + " (thiếu dấu đóng } hoặc ], hay dấu \")\n");
        Run en = Run.of("evaluate", broken.toString(), "--lang", "en");
        assertThat(en.err())
                .startsWith(broken + ": $.facts.households: invalid JSON (line 1, column 64): Unexpected"
                        + " end-of-input");
        Files.writeString(broken, "{\"area\": {\"name\": \"X\"}, \"year\": 2023, \"facts\": {\"households\": 1,}}");
        assertThat(Run.of("evaluate", broken.toString()).err())
                .isEqualTo(
                        broken + ": $.facts.households: JSON không hợp lệ (dòng 1, cột 65): ký tự '}' không đúng chỗ:"
                                + " tên khóa"
                                + " phải đặt trong dấu ngoặc kép\n");
    }

    @Test
    @DisplayName("check's coverage table and test's differences are in the run's language")
    void checkAndTest() {
        String vi = Run.of("check", "45-KH-BCD-2023@1.0.0").out();
        assertThat(vi)
                .contains("| Tiêu chí ")
                .contains("| Đạt | Không đạt | Thiếu dữ liệu | Không áp dụng |")
                .doesNotContain("NOT_APPLICABLE");
        String en = Run.of("check", "45-KH-BCD-2023@1.0.0", "--lang", "en").out();
        assertThat(en).contains("| Criterion ").contains("| met | not met | missing data | not applicable |");
    }

    @Test
    @DisplayName("A broken draft's problems, as check and test list them, are in the run's language: the manifest's,"
            + " the rule language's, the rules' ties to criteria, a TODO left, why the golden cases did not run")
    void ruleSetProblems(@TempDir Path root) {
        PlanFolder copy = PlanFolder.copy(root, "45-KH-BCD-2023", "1.1.0");
        copy.edit("manifest.yaml", m -> PlanFolder.withoutQuote(m, "sub-4"));
        copy.edit(
                "rules.drl",
                d -> d.replace("    @criterion(\"sub-5\")\n", "")
                        .replace(
                                "import vn.chuyenhoa.engine.rule.AreaFacts;",
                                "import vn.chuyenhoa.engine.rule.AreaFacts;\nimport java.io.File;"));
        copy.edit("golden.yaml", g -> g + "# TODO: thêm trường hợp sub-4 thiếu số liệu\n");
        String draft = "45-KH-BCD-2023@" + PlanFolder.DRAFT;
        List<String> vi = problemLines(Run.of("check", "--rules", root.toString(), draft));
        List<String> en = problemLines(Run.of("check", "--rules", root.toString(), draft, "--lang", "en"));
        assertThat(vi).hasSize(6).hasSameSizeAs(en);
        for (int i = 0; i < vi.size(); i++) {
            assertThat(vi.get(i)).as("line %d", i).isNotEqualTo(en.get(i));
            assertThat(vi.get(i)).as("line %d", i).doesNotContainPattern(ENGLISH_WORDS);
        }
        assertThat(en).allSatisfy(line -> assertThat(line).containsPattern(ENGLISH_WORDS));
        Run test = Run.of("test", "--rules", root.toString(), draft);
        assertThat(test.exit()).isEqualTo(1);
        assertThat(test.out())
                .contains("  LỖI   " + copy.place("manifest.yaml") + ": ")
                .doesNotContainPattern(ENGLISH_WORDS);
    }

    /** Words of an English sentence, which no Vietnamese sentence (nor the code a problem quotes) holds. */
    private static final String ENGLISH_WORDS = "\\b(is|the|not|has|no|which|cannot|lacks|left)\\b";

    /** The indented lines under "Lỗi (N):" / "Problems (N):", and the line that says why the cases did not run. */
    private static List<String> problemLines(Run run) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(1);
        return run.out()
                .lines()
                .filter(line -> line.startsWith("  ") || line.startsWith("Chưa chạy") || line.startsWith("Golden"))
                .toList();
    }
}
