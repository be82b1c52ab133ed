package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.golden.GoldenCase;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.server.ChuyenhoaServer;
import vn.chuyenhoa.server.ServerOptions;

/**
 * {@code serve} against the command line: the verdict over HTTP is byte for byte {@code evaluate --format json} of
 * the same document, for every sample and every golden case, in both languages; an invalid document's problem
 * carries the command line's message. And {@code serve}'s refusals.
 */
class ServeCommandTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ChuyenhoaServer server;

    @BeforeAll
    static void start() throws IOException {
        server = ChuyenhoaServer.start(Plans.load(), ServerOptions.defaults().withPort(0));
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private record Answer(int status, String body) {}

    private static Answer evaluate(byte[] document, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + "v1/evaluate?lang=" + language))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(document))
                .build();
        HttpResponse<String> response =
                CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    /** The command line and the server on one file: the same verdict bytes, or the same message. */
    private static void agree(Path file, String language) throws Exception {
        Run cli = Run.of("evaluate", "--format", "json", "--lang", language, file.toString());
        Answer http = evaluate(Files.readAllBytes(file), language);
        if (cli.exit() == ExitCode.INVALID) {
            assertThat(http.status()).as(file.toString()).isIn(400, 413, 422);
            String detail =
                    new ObjectMapper().readTree(http.body()).get("detail").asText();
            assertThat(cli.err()).as(file.toString()).isEqualTo(file + ": " + detail + "\n");
        } else {
            assertThat(http.status()).as(file.toString()).isEqualTo(200);
            assertThat(http.body()).as(file.toString()).isEqualTo(cli.out());
        }
    }

    @Test
    @DisplayName("Every sample: the HTTP verdict is evaluate --format json byte for byte, in Vietnamese and English")
    void samples() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(Run.SAMPLES))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            agree(file, "vi");
            agree(file, "en");
        }
    }

    @Test
    @DisplayName("Every golden case of every plan: the HTTP verdict is evaluate --format json byte for byte")
    void goldenCases(@TempDir Path folder) throws Exception {
        int cases = 0;
        for (Plan plan : Plans.load().all()) {
            GoldenCases golden = GoldenCases.of(plan, getClass().getClassLoader());
            for (GoldenCase goldenCase : golden.cases()) {
                Path file = folder.resolve("case-" + cases++ + ".json");
                Files.write(file, golden.document(goldenCase));
                agree(file, cases % 2 == 0 ? "vi" : "en");
            }
        }
        assertThat(cases).isGreaterThan(50);
    }

    @Test
    @DisplayName("serve refuses an address beyond loopback without a token, and a token file that is not there")
    void refusals() {
        List<String> lines = new ArrayList<>();
        Run open = Run.of("serve", "--host", "0.0.0.0", "--port", "0");
        assertThat(open.exit()).isEqualTo(ExitCode.INVALID);
        lines.addAll(open.err().lines().toList());
        assertThat(lines.get(0))
                .startsWith("không phục vụ trên địa chỉ 0.0.0.0 khi không có mã truy cập")
                .endsWith("give --token-file FILE or set CHUYENHOA_TOKEN");
        Run missing = Run.of("serve", "--token-file", "no-such-token-file", "--port", "0");
        assertThat(missing.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(missing.err()).startsWith("--token-file: không có tệp no-such-token-file");
    }
}
