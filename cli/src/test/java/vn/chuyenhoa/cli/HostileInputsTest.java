package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Inputs an attacker, or an unlucky user, gives: each a clear line and exit 2, never a hang or a lost review. */
class HostileInputsTest {
    private static final String FOLDER = ReviewCommandTest.SAMPLE;
    private static final String AREA = Run.SAMPLES + "tra-vinh-2023/phuong-5.json";
    /** The version these tests were written against: a newer one may decide the samples otherwise. */
    private static final String PLAN_45 = "45-KH-BCD-2023@1.0.0";

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo =
                new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
    }

    @Test
    @DisplayName("--year 2147483647, -2019 or 0 is an input error at --year, exit 2, for review and evaluate alike")
    void yearOutOfRange() {
        for (String year : List.of("2147483647", "-2019", "0")) {
            for (Run run : List.of(
                    Run.of("review", "--year", year, "--no-html", FOLDER), Run.of("evaluate", "--year", year, AREA))) {
                assertThat(run.exit()).isEqualTo(2);
                assertThat(run.out()).isEmpty();
                assertThat(run.err()).isEqualTo("--year: cần một năm từ 1990 đến 2100, gặp " + year + "\n");
            }
        }
        Run window = Run.of("review", "--window", "+999999999-01-01..+999999999-12-31", "--no-html", FOLDER);
        assertThat(window.exit()).isEqualTo(2);
        assertThat(window.err())
                .isEqualTo("--window: cần một năm từ 1990 đến 2100, gặp 01/01/+999999999 – 31/12/+999999999\n");
    }

    @Test
    @DisplayName("A CSV with a header and no row is an invalid input, as an empty folder is: exit 2, not an empty"
            + " review that exits 0")
    void csvWithOnlyAHeader(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("so-ket.csv");
        Files.writeString(csv, "plan;name;district;province;types;year;households\n;;;;;;\n");
        Run run = Run.of("review", "--csv", csv.toString(), "--no-html");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(csv + ": $: tệp CSV chỉ có dòng tiêu đề, không có dòng địa bàn nào\n");
        assertThat(run.out()).contains("1. [KHÔNG HỢP LỆ] " + csv + "\n");
    }

    @Test
    @Timeout(30)
    @DisplayName("A CSV over 32 MiB is refused after reading 32 MiB of it, and /dev/zero is not read at all: exit 2,"
            + " where an OutOfMemoryError exited 1")
    void csvTooLarge(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(4L * 1024 * 1024 * 1024);
        }
        Run large = Run.of("review", "--csv", huge.toString(), "--no-html");
        assertThat(large.exit()).isEqualTo(2);
        assertThat(large.err())
                .isEqualTo(huge + ": $: tệp CSV lớn hơn giới hạn 33.554.432 byte (32 MiB): có chọn nhầm tệp không? Chia"
                        + " thành nhiều tệp nếu thật sự có nhiều địa bàn đến vậy\n");
        Run zero = Run.of("review", "--csv", "/dev/zero", "--no-html");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err())
                .isEqualTo("/dev/zero: $: không phải tệp thường (là FIFO, thiết bị hoặc socket): không đọc\n");
    }

    @Test
    @Timeout(30)
    @DisplayName("A FIFO named on the command line is refused at once instead of hanging; in a reviewed folder, a FIFO"
            + " and links (a loop too) are skipped with a line each, and every area is still reviewed")
    void fifosAndLinks(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("pipe.json");
        mkfifo(pipe);
        Run named = Run.of("evaluate", pipe.toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err())
                .isEqualTo(pipe + ": $: không phải tệp thường (là FIFO, thiết bị hoặc socket): không đọc\n");

        Path folder = Files.createDirectories(dir.resolve("so-lieu"));
        for (String file : List.of("bien-hoa-ho-nai.json", "bien-hoa-tam-hiep.json")) {
            Files.copy(Path.of(FOLDER, file), folder.resolve(file));
        }
        mkfifo(folder.resolve("fifo.json"));
        Files.createSymbolicLink(folder.resolve("loop"), folder.resolve("loop"));
        Path secret = Files.createSymbolicLink(folder.resolve("secret.json"), Path.of("/etc/passwd"));
        Run review = Run.of("review", folder.toString(), "--no-html", "--plan", ReviewCommandTest.PLAN);
        assertThat(review.exit())
                .as("Hố Nai fails, Tam Hiệp passes: nothing invalid")
                .isEqualTo(1);
        String link = ": $: bỏ qua: liên kết tượng trưng (symbolic link) trong thư mục không được đọc theo; muốn đọc"
                + " nơi nó trỏ tới thì nêu nơi đó trên dòng lệnh";
        assertThat(review.err().lines().sorted())
                .containsExactly(
                        folder.resolve("fifo.json") + ": $: bỏ qua: không phải tệp thường (là FIFO, thiết bị hoặc"
                                + " socket)",
                        folder.resolve("loop") + link,
                        folder.resolve("secret.json") + link);
        assertThat(review.out())
                .contains("Toàn tỉnh Đồng Nai           2    1         1                0             0");
        assertThat(review.out()).doesNotContain("root:");
        Run diff = Run.of("diff", ReviewCommandTest.PLAN, ReviewCommandTest.PLAN, folder.toString());
        assertThat(diff.exit()).isZero();
        assertThat(diff.err().lines().sorted())
                .isEqualTo(review.err().lines().sorted().toList());
        Files.delete(secret); // JUnit's clean-up warns of a link out of its folder
    }

    @Test
    @DisplayName("A newline, a carriage return or an escape sequence in an area's name is shown escaped in evaluate's,"
            + " validate's and review's text: no fake \"KẾT QUẢ: ĐẠT\" line above the real verdict")
    void controlCharactersEscaped(@TempDir Path dir) throws IOException {
        Path facts = dir.resolve("fake.json");
        String sample = Files.readString(Path.of(Run.SAMPLES + "tra-vinh-2023/phuong-5-chua-dat.json"));
        Files.writeString(
                facts,
                sample.replace(
                        "\"name\": \"Phường 5 (bản chưa đạt)\"",
                        "\"name\": \"Phường 5\\nKẾT QUẢ: ĐẠT\\u001b[2J\\rX\""));
        String shown = "Phường 5\\nKẾT QUẢ: ĐẠT\\u001b[2J\\rX";
        Run evaluate = Run.of("evaluate", "--plan", PLAN_45, facts.toString());
        assertThat(evaluate.exit()).isEqualTo(1);
        assertThat(evaluate.out().lines().filter(l -> l.startsWith("KẾT QUẢ")))
                .containsExactly("KẾT QUẢ: CHƯA ĐẠT — không đạt 2/6 tiêu chí quyết định: main-1, sub-4");
        assertThat(evaluate.out()).startsWith(shown + " (Thành phố Trà Vinh, Trà Vinh) — năm 2023 — " + facts + "\n");
        assertThat(evaluate.out()).doesNotContain("\u001b").doesNotContain("\r");
        Run review = Run.of("review", "--plan", PLAN_45, facts.toString(), "--no-html");
        assertThat(review.out()).contains("\n1. [CHƯA ĐẠT] " + shown + " (Thành phố Trà Vinh) — ");
        assertThat(review.out()).doesNotContain("\u001b").doesNotContain("\r");
        Path named = dir.resolve("tên\u001b[31m.json");
        Files.copy(facts, named);
        Run validate = Run.of("validate", "--plan", PLAN_45, named.toString());
        assertThat(validate.out()).startsWith(dir + "/tên\\u001b[31m.json: hợp lệ — kế hoạch 45-KH-BCD-2023@1.0.0,");
    }
}
