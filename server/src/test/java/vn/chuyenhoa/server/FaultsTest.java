package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server under faults keeps answering, and answers rightly afterwards. */
class FaultsTest {
    static TestServer http;
    static String expected;

    @BeforeAll
    static void start() {
        TestServer.Options options = TestServer.options();
        options.requestTimeout = Duration.ofSeconds(1);
        http = TestServer.start(options).ready();
        expected = evaluate();
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
    }

    /** The verdict on the sample, which each test asks for again after its fault. */
    static String evaluate() {
        TestServer.Answer answer = http.post("/v1/evaluate", "application/json", ApiTest.bytes(ApiTest.PHUONG_5));
        assertThat(answer.status()).isEqualTo(200);
        return answer.text();
    }

    static String post(String path, int length, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + length + "\r\n\r\n" + body;
    }

    @Test
    @DisplayName("Clients that send part of a body and disconnect: 200 of them, then the right verdict")
    void disconnectMidBody() throws Exception {
        for (int i = 0; i < 200; i++) {
            try (Socket socket = RawHttp.open(http.server.port())) {
                RawHttp.write(socket, post(i % 2 == 0 ? "/v1/evaluate" : "/v1/evaluate/batch", 5000, "[{\"area\": "));
            }
        }
        assertThat(evaluate()).isEqualTo(expected);
    }

    @Test
    @DisplayName("A client trickling its body gets 408 at the request time-out; others are answered meanwhile")
    void slowClient() throws Exception {
        ExecutorService trickler = Executors.newSingleThreadExecutor();
        try (Socket socket = RawHttp.open(http.server.port())) {
            RawHttp.write(socket, post("/v1/evaluate?lang=en", 200, ""));
            Future<String> answer = trickler.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    try {
                        RawHttp.write(socket, " ");
                        Thread.sleep(100);
                    } catch (java.io.IOException closed) {
                        break;
                    }
                }
                return RawHttp.response(socket);
            });
            assertThat(evaluate()).isEqualTo(expected);
            String response = answer.get();
            assertThat(RawHttp.status(response)).isEqualTo(408);
            assertThat(response)
                    .contains("Content-Type: application/problem+json")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("\"detail\" : \"the body did not arrive within 1 seconds\"");
        } finally {
            trickler.shutdownNow();
        }
        assertThat(evaluate()).isEqualTo(expected);
    }

    @Test
    @DisplayName("1 000 idle connections: the server still answers, and rightly")
    void idleConnections() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 1000; i++) {
                idle.add(RawHttp.open(http.server.port()));
            }
            assertThat(evaluate()).isEqualTo(expected);
            assertThat(http.get("/health").status()).isEqualTo(200);
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
        assertThat(evaluate()).isEqualTo(expected);
    }

    @Test
    @DisplayName("Malformed HTTP gets 4xx (505 for an unknown version) problems with the security headers, never a"
            + " stack trace; then all is well")
    void malformedHttp() throws Exception {
        List<String> requests = List.of(
                "GARBAGE\r\n\r\n",
                "GET /health HTTP/7.0\r\nHost: x\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
                "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n",
                "POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
                "GET /v1/plans/%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /v1/plans?province=%zz HTTP/1.1\r\nHost: x\r\n\r\n",
                "\u0000\u0001\u0002\r\n\r\n");
        for (String request : requests) {
            try (Socket socket = RawHttp.open(http.server.port())) {
                RawHttp.write(socket, request);
                String response = RawHttp.response(socket);
                assertThat(response).as(request).isNotEmpty();
                assertThat(RawHttp.status(response))
                        .as(response)
                        .isBetween(400, 505)
                        .isNotEqualTo(500);
                assertThat(response).as(response).contains("X-Content-Type-Options: nosniff");
                assertThat(response).doesNotContain("Exception").doesNotContain("\tat ");
                if (!response.endsWith("\r\n\r\n")) {
                    assertThat(response).contains("application/problem+json").contains("urn:chuyenhoa:error:");
                }
            }
        }
        assertThat(evaluate()).isEqualTo(expected);
    }

    @Test
    @DisplayName("A flood of invalid documents: each refused with its error; then a batch still keeps its good one")
    void floodOfInvalidDocuments() throws Exception {
        byte[] broken = "{\"area\": {\"name\": \"X\"}, \"year\": 2023, \"facts\": {\"drug_case\": 1}}"
                .getBytes(StandardCharsets.UTF_8);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                byte[] body = i % 2 == 0 ? broken : "{\"area\"".getBytes(StandardCharsets.UTF_8);
                statuses.add(clients.submit(() ->
                        http.post("/v1/evaluate", "application/json", body).status()));
            }
            for (int i = 0; i < statuses.size(); i++) {
                assertThat(statuses.get(i).get()).isEqualTo(i % 2 == 0 ? 422 : 400);
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(evaluate()).isEqualTo(expected);
        String good = new String(ApiTest.bytes(ApiTest.PHUONG_5), StandardCharsets.UTF_8).strip();
        String bad = new String(broken, StandardCharsets.UTF_8);
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            documents.add(i == 500 ? good : bad);
        }
        var results = http.post(
                        "/v1/evaluate/batch",
                        "application/json",
                        ("[" + String.join(",", documents) + "]").getBytes(StandardCharsets.UTF_8))
                .json();
        assertThat(results).hasSize(1000);
        assertThat(results.get(500).get("outcome").asText()).isEqualTo("PASS");
        assertThat(results.get(499).get("error").get("path").asText()).isEqualTo("$.facts.drug_case");
        assertThat(results.findValues("outcome")).hasSize(1);
    }
}
