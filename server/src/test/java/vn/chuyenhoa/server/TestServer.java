package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.chuyenhoa.engine.Plans;

/**
 * A real server on a free loopback port, and a client whose every answer is checked against the server's
 * {@code /openapi.json} and for the headers every response must carry.
 */
final class TestServer implements AutoCloseable {
    static final Plans PLANS = Plans.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChuyenhoaServer server;
    private final HttpClient client;
    private final String token;
    private OpenApiContract contract;

    private TestServer(ChuyenhoaServer server, String token) {
        this.server = server;
        this.token = token;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The options of these tests: loopback, a free port, short time-outs. */
    static Options options() {
        return new Options();
    }

    /** Options to change one at a time. */
    static final class Options {
        String token;
        Path decisionLog;
        long maxBody = ServerOptions.DEFAULT_MAX_BODY;
        Duration requestTimeout = Duration.ofSeconds(5);
        Duration idleTimeout = Duration.ofSeconds(5);
        int maxConcurrent = 8;
        List<String> corsOrigins = List.of();
        String host = "127.0.0.1";

        ServerOptions build() {
            return new ServerOptions(
                    host,
                    0,
                    token,
                    decisionLog,
                    maxBody,
                    requestTimeout,
                    idleTimeout,
                    maxConcurrent,
                    4096,
                    corsOrigins);
        }
    }

    static TestServer start() {
        return start(options());
    }

    static TestServer start(Options options) {
        return start(PLANS, options);
    }

    static TestServer start(Plans plans, Options options) {
        try {
            return new TestServer(ChuyenhoaServer.start(plans, options.build()), options.token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    /** One answer: status, headers, body. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** A problem's type without its prefix: {@code unknown-fact}. */
        String problemType() {
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            return json().get("type").asText().replace("urn:chuyenhoa:error:", "");
        }
    }

    Answer get(String pathAndQuery, String... headers) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), headers);
    }

    Answer post(String pathAndQuery, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, headers);
    }

    Answer send(HttpRequest.Builder request, String... headers) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Answer answer = new Answer(response.statusCode(), response.headers(), response.body());
        checkHeaders(answer);
        contract()
                .check(
                        built.method(),
                        built.uri().getRawPath(),
                        answer.status(),
                        answer.header("Content-Type"),
                        answer.body());
        return answer;
    }

    /** The headers of every response (docs/api.md). */
    static void checkHeaders(Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(answer.header("Server")).isNull();
    }

    private OpenApiContract contract() {
        if (contract == null) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/openapi.json"));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            try {
                HttpResponse<String> document =
                        client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(document.statusCode()).isEqualTo(200);
                contract = new OpenApiContract(document.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return contract;
    }

    /** Waits (a bounded while) until /health says ready: the rule sets are built. */
    TestServer ready() {
        for (int i = 0; i < 600; i++) {
            if (get("/health").status() == 200) {
                return this;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("not ready after 30 s");
    }

    /** Stops the server; a failure to stop fails the test (unchecked, so try-with-resources needs no catch). */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not stop", e);
        }
    }
}
