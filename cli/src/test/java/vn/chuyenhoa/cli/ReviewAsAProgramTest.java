package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chuyenhoa review DIR} run as a program of its own, its output piped as a script would: it prints the
 * summary, writes the HTML report into the current directory, and draws no progress bar.
 */
class ReviewAsAProgramTest {
    @Test
    @DisplayName(
            "Without --html the report is so-ket-2019.html in the current directory; piped, there is no progress bar")
    void defaultReportAndNoBarWhenPiped(@TempDir Path workingDirectory) throws IOException, InterruptedException {
        Path sample = Path.of(ReviewCommandTest.SAMPLE).toAbsolutePath().normalize();
        Process process = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Chuyenhoa.class.getName(),
                        "review",
                        sample.toString()))
                .directory(workingDirectory.toFile())
                .redirectError(workingDirectory.resolve("stderr.txt").toFile())
                .redirectOutput(workingDirectory.resolve("stdout.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("the review finished")
                .isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        String out = Files.readString(workingDirectory.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertThat(out)
                .startsWith("Sơ kết chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH năm 2019 — Đồng Nai\n")
                .contains("Toàn tỉnh Đồng Nai          12    8         3                1             0\n");
        assertThat(Files.readString(workingDirectory.resolve("stderr.txt"), StandardCharsets.UTF_8))
                .isEqualTo("Đã ghi báo cáo HTML: so-ket-2019.html\n");
        assertThat(Files.readString(workingDirectory.resolve("so-ket-2019.html"), StandardCharsets.UTF_8))
                .startsWith("<!DOCTYPE html>")
                .contains("Xã Phước Thiền");
    }
}
