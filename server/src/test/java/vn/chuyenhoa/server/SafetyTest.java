package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

/** The token rule, CORS, the body limits, and a bug answered 500 with the id the log shows. */
class SafetyTest {
    static final String TOKEN = "a-token-of-thirty-two-characters";

    @Test
    @DisplayName("Any address but loopback needs a token; a token must be at least 16 characters")
    void tokenRule() {
        TestServer.Options open = TestServer.options();
        open.host = "0.0.0.0";
        assertThatThrownBy(open::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("không phục vụ trên địa chỉ 0.0.0.0 khi không có mã truy cập: ngoài 127.0.0.1 ai cũng gọi"
                        + " được, nên phải có --token-file FILE hoặc biến môi trường CHUYENHOA_TOKEN / refusing to"
                        + " listen on 0.0.0.0 without a token: beyond loopback anyone on the network could call it;"
                        + " give --token-file FILE or set CHUYENHOA_TOKEN");
        TestServer.Options shortToken = TestServer.options();
        shortToken.token = "secret";
        assertThatThrownBy(shortToken::build).hasMessageContaining("at least 16 characters");
        TestServer.Options localhost = TestServer.options();
        localhost.host = "localhost";
        assertThat(localhost.build().host()).isEqualTo("localhost");
    }

    @Test
    @DisplayName("With a token, every path but /health answers 401 without it or with a wrong one")
    void token() throws Exception {
        TestServer.Options options = TestServer.options();
        options.token = TOKEN;
        try (TestServer http = TestServer.start(options)) {
            assertThat(http.get("/v1/plans").status()).isEqualTo(200);
            TestServer.Answer none =
                    http.send(HttpRequest.newBuilder(http.uri("/v1/plans")), "Authorization", "Basic eDp5");
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"chuyenhoa\"");
            assertThat(none.json().get("detail").asText())
                    .isEqualTo("cần mã truy cập: gửi tiêu đề Authorization: Bearer <mã truy cập>");
            TestServer.Answer wrong = http.send(
                    HttpRequest.newBuilder(http.uri("/metrics?lang=en")), "Authorization", "Bearer " + TOKEN + "x");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("unauthorized");
            assertThat(http.send(HttpRequest.newBuilder(http.uri("/health")), "Authorization", "Bearer no")
                            .status())
                    .isIn(200, 503);
            assertThat(http.send(HttpRequest.newBuilder(http.uri("/no/such/path")), "Authorization", "Bearer no")
                            .status())
                    .isEqualTo(401);
        }
    }

    @Test
    @DisplayName("No CORS headers unless origins are configured; then only for them")
    void cors() throws Exception {
        try (TestServer http = TestServer.start()) {
            assertThat(http.get("/v1/plans", "Origin", "https://bao-cao.example")
                            .header("Access-Control-Allow-Origin"))
                    .isNull();
        }
        TestServer.Options options = TestServer.options();
        options.corsOrigins = List.of("https://bao-cao.example");
        try (TestServer http = TestServer.start(options)) {
            assertThat(http.get("/v1/plans", "Origin", "https://bao-cao.example")
                            .header("Access-Control-Allow-Origin"))
                    .isEqualTo("https://bao-cao.example");
            assertThat(http.get("/v1/plans", "Origin", "https://other.example").header("Access-Control-Allow-Origin"))
                    .isNull();
        }
    }

    @Test
    @DisplayName("A batch or review body over the configured limit is 413 before it is read")
    void bodyLimit() throws Exception {
        TestServer.Options options = TestServer.options();
        options.maxBody = 1000;
        try (TestServer http = TestServer.start(options)) {
            byte[] body = ("[" + "{}, ".repeat(300) + "{}]").getBytes(StandardCharsets.UTF_8);
            TestServer.Answer batch = http.post("/v1/evaluate/batch?lang=en", "application/json", body);
            assertThat(batch.status()).isEqualTo(413);
            assertThat(batch.json().get("detail").asText())
                    .isEqualTo("the body is larger than the limit of 1,000 bytes");
            assertThat(http.post("/v1/review", "text/csv", new byte[1001]).status())
                    .isEqualTo(413);
            assertThat(http.post("/v1/evaluate/batch", "application/json", "[{}]".getBytes(StandardCharsets.UTF_8))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    @DisplayName("A rule set that fails is a bug: 500 with an id, the same id in the server's log, no stack trace sent")
    void internalError() throws Exception {
        Plans plans = Plans.load();
        Plan real = plans.get("45-KH-BCD-2023");
        String folder = "chuyenhoa/plans/45-KH-BCD-2023/1.0.0/";
        String drl = new String(resource(folder + "rules.drl"), StandardCharsets.UTF_8)
                .replace(
                        "insert(criterion(\"general\",",
                        "if (true) { throw new IllegalStateException(\"a rule that fails\"); }\n"
                                + "    insert(criterion(\"general\",");
        assertThat(drl).contains("a rule that fails");
        Plan broken = Plan.compile(
                "broken", resource(folder + "manifest.yaml"), drl.getBytes(StandardCharsets.UTF_8), real.catalog());
        Logger log = (Logger) LoggerFactory.getLogger(Endpoints.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        log.setLevel(Level.ERROR);
        try (TestServer http = TestServer.start(Plans.of(plans.catalog(), List.of(broken)), TestServer.options())) {
            TestServer.Answer answer = http.post("/v1/evaluate", "application/json", ApiTest.bytes(ApiTest.PHUONG_5));
            assertThat(answer.status()).isEqualTo(500);
            String id = answer.header("X-Request-Id");
            assertThat(answer.json().get("request_id").asText()).isEqualTo(id);
            assertThat(answer.json().get("detail").asText())
                    .isEqualTo("lỗi nội bộ của chuyenhoa (không phải lỗi của dữ liệu gửi); mã lỗi " + id
                            + " có trong nhật ký của máy chủ, xin báo kèm mã này");
            assertThat(answer.text()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(events.list)
                    .anySatisfy(event -> assertThat(event.getFormattedMessage())
                            .isEqualTo("internal error " + id + " on POST http://127.0.0.1:" + http.server.port()
                                    + "/v1/evaluate"));
        } finally {
            log.detachAppender(events);
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = SafetyTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
