package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The packaged jar, run in its own process as the launcher runs it. */
class PackagedJarIT {
    private static final String SAMPLES = "../samples/tra-vinh-2023/";

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("chuyenhoa.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // A bare POSIX locale, as on a server: the output must still be UTF-8 Vietnamese.
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        int exit = builder.start().waitFor();
        return new Result(
                exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName(
            "The jar prints the verdicts in UTF-8 Vietnamese, says nothing on standard error, and exits 0, 1 and 3")
    void samples() throws Exception {
        Result pass = run("evaluate", "--plan", "45-KH-BCD-2023@1.0.0", SAMPLES + "phuong-5.json");
        assertThat(pass.exit()).isEqualTo(0);
        assertThat(pass.err()).isEmpty();
        assertThat(pass.out()).contains("KẾT QUẢ: ĐẠT").contains("Hộ được tuyên truyền: 1.850/1.850 hộ = 100 %");
        assertThat(run("evaluate", SAMPLES + "phuong-5-chua-dat.json").exit()).isEqualTo(1);
        assertThat(run("evaluate", SAMPLES + "phuong-5-thieu-so-lieu.json").exit())
                .isEqualTo(3);
    }

    @Test
    @DisplayName(
            "A misspelt fact exits 2 with one line on standard error and no stack trace; --verbose stays quiet too")
    void misspeltFact() throws Exception {
        Result typo = run("evaluate", SAMPLES + "phuong-5-go-sai.json");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err().lines())
                .containsExactly(SAMPLES + "phuong-5-go-sai.json: $.facts.househods: số liệu"
                        + " không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?");
        Result verbose = run("evaluate", "--verbose", SAMPLES + "phuong-5.json");
        assertThat(verbose.exit()).isEqualTo(0);
        assertThat(verbose.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("serve prints its address, answers, and on SIGTERM stops after saying so")
    void serve() throws Exception {
        Path log = Files.createTempFile("serve", ".txt");
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        System.getProperty("chuyenhoa.jar"),
                        "serve",
                        "--port",
                        "0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            List<String> lines = List.of();
            for (int i = 0; i < 300 && lines.isEmpty(); i++) {
                Thread.sleep(50);
                lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            }
            String first = lines.get(0);
            assertThat(first).matches("chuyenhoa đang phục vụ tại http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl\\+C để dừng\\)");
            URI uri = URI.create(first.substring(first.indexOf("http"), first.indexOf(" (")));
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri.resolve("/v1/evaluate"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(SAMPLES + "phuong-5.json")))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"label\" : \"ĐẠT\"");
            process.destroy(); // SIGTERM, as a service manager stops it
            assertThat(process.waitFor()).isEqualTo(143);
            assertThat(Files.readAllLines(log, StandardCharsets.UTF_8))
                    .containsExactly(first, "INFO v.c.s.ChuyenhoaServer - stopped");
        } finally {
            process.destroyForcibly();
        }
    }
}
