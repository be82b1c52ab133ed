package vn.chuyenhoa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.form.FactsSchema;
import vn.chuyenhoa.engine.form.FactsTemplate;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.render.VerdictJson;

/** Every endpoint over real HTTP, each answer checked against /openapi.json. */
class ApiTest {
    static final Path SAMPLES = Path.of("../samples");
    static final String PHUONG_5 = "../samples/tra-vinh-2023/phuong-5.json";
    static final String MISSPELT = "../samples/tra-vinh-2023/phuong-5-go-sai.json";
    /** The city's figures with an area type: no plan is for a typed area of Cẩm Phả, and 102 never takes one. */
    static final String TYPED_CITY = "../samples/cam-pha-2023/cam-pha-2023-co-loai.json";

    @TempDir
    static Path folder;

    static TestServer http;
    static Path decisions;

    @BeforeAll
    static void start() {
        TestServer.Options options = TestServer.options();
        decisions = folder.resolve("decisions.jsonl");
        options.decisionLog = decisions;
        http = TestServer.start(options).ready();
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @DisplayName("/health is live and ready once the rule sets are built, and needs nothing else")
    void health() {
        TestServer.Answer health = http.get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text())
                .isEqualTo("{\n  \"status\" : \"ready\",\n  \"live\" : true,\n  \"ready\" : true,\n"
                        + "  \"rule_sets\" : " + TestServer.PLANS.all().size() + "\n}\n");
    }

    @Test
    @DisplayName("/v1/plans lists every version; with province, area_type or year only the plans in force for them")
    void plans() {
        JsonNode all = http.get("/v1/plans").json().get("plans");
        assertThat(all.findValuesAsText("id"))
                .containsExactlyElementsOf(
                        TestServer.PLANS.all().stream().map(Plan::id).toList());
        JsonNode travinh = all.get(TestServer.PLANS.all().indexOf(TestServer.PLANS.get("45-KH-BCD-2023")));
        assertThat(travinh.get("jurisdiction").toString())
                .isEqualTo("{\"province\":\"Trà Vinh\",\"district\":\"Thành phố Trà Vinh\",\"other_names\":"
                        + "[{\"name\":\"Vĩnh Long\",\"of\":\"province\",\"from\":\"2025-07-01\"}]}");
        assertThat(travinh.get("in_force").toString()).isEqualTo("{\"from\":\"2023-02-27\",\"to\":\"2023-12-31\"}");
        assertThat(travinh.get("sha256").asText())
                .isEqualTo(TestServer.PLANS.get("45-KH-BCD-2023").sha256());

        assertThat(ids("/v1/plans?province=tinh%20Tra%20Vinh")).containsExactly("45-KH-BCD-2023");
        assertThat(ids("/v1/plans?area_type=LOAI_4")).containsExactly("2661-KH-UBND-2023", "45-KH-BCD-2023");
        assertThat(ids("/v1/plans?area_type=TTATXH&year=2019")).containsExactly("7488-KH-UBND-2017");
        // A city's year has no area type: chosen by its province, never by a type.
        assertThat(ids("/v1/plans?province=Qu%E1%BA%A3ng%20Ninh&year=2023")).containsExactly("102-KH-UBND-2023");
        assertThat(ids("/v1/plans?year=2030")).isEmpty();

        TestServer.Answer typo = http.get("/v1/plans?area_type=LOAI4");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.problemType()).isEqualTo("unknown-area-type");
        assertThat(typo.json().get("path").asText()).isEqualTo("area_type");
        assertThat(typo.json().get("suggestion").asText()).isEqualTo("LOAI_4");
    }

    private static List<String> ids(String path) {
        return http.get(path).json().get("plans").findValuesAsText("id");
    }

    @Test
    @DisplayName("/v1/plans/{id} explains a plan with its versions; English with lang=en; an unknown plan is 404")
    void plan() {
        JsonNode plan = http.get("/v1/plans/45-KH-BCD-2023").json();
        Plan expected = TestServer.PLANS.get("45-KH-BCD-2023");
        assertThat(plan.get("title").asText())
                .isEqualTo(expected.manifest().title().vi());
        assertThat(plan.get("versions").toString())
                .as("every version of the plan, oldest first, with its rule set's sha256")
                .isEqualTo(TestServer.PLANS.all().stream()
                        .filter(p -> p.id().equals("45-KH-BCD-2023"))
                        .map(p -> "{\"version\":\"" + p.version() + "\",\"sha256\":\"" + p.sha256() + "\"}")
                        .collect(java.util.stream.Collectors.joining(",", "[", "]")));
        assertThat(plan.get("versions").get(0).get("version").asText()).isEqualTo("1.0.0");
        List<String> readings = new java.util.ArrayList<>();
        plan.get("readings")
                .forEach(r -> readings.add(
                        r.get("id").asText() + "=" + r.get("chosen").asText()));
        // The newest version's manifest, not a list written here: a new version that chooses otherwise (as
        // .ci/adding-a-plan's does) must not fail this test.
        assertThat(readings)
                .as("the readings the plan declares, each with the one chosen, as explain lists them")
                .isNotEmpty()
                .containsExactlyElementsOf(expected.manifest().readings().stream()
                        .map(r -> r.id() + "=" + r.chosen())
                        .toList());
        assertThat(plan.get("criteria").findValuesAsText("id"))
                .containsExactly("general", "main-1", "main-2", "sub-3", "sub-4", "sub-5", "recidivism");
        JsonNode households = plan.get("criteria").get(4).get("facts").get(0);
        assertThat(households.toString())
                .isEqualTo("{\"name\":\"households\",\"kind\":\"count\",\"meaning\":\"Số hộ dân trên địa bàn\","
                        + "\"unit\":\"hộ\"}");
        assertThat(http.get("/v1/plans/45-KH-BCD-2023@1.0.0?lang=en")
                        .json()
                        .get("criteria")
                        .get(4)
                        .get("group_label")
                        .asText())
                .isEqualTo("sub-target");

        TestServer.Answer unknown = http.get("/v1/plans/45-KH-BCD-2O23?lang=en");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("unknown-plan");
        assertThat(unknown.json().get("detail").asText())
                .startsWith("plan: ")
                .endsWith("did you mean \"45-KH-BCD-2023\"?");
        assertThat(http.get("/v1/plans/45-KH-BCD-2023@9.9.9").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("/v1/plans/{id}/schema and /template are the command line's schema and template")
    void forms() {
        Plan plan = TestServer.PLANS.get("45-KH-BCD-2023");
        PlanForm form = PlanForm.of(plan);
        TestServer.Answer schema = http.get("/v1/plans/45-KH-BCD-2023/schema?lang=en");
        assertThat(schema.header("Content-Type")).isEqualTo("application/schema+json; charset=utf-8");
        assertThat(schema.text()).isEqualTo(FactsSchema.json(form, Language.EN));
        assertThat(http.get("/v1/plans/45-KH-BCD-2023/template").text())
                .isEqualTo(FactsTemplate.json(form, "45-KH-BCD-2023"));
        TestServer.Answer yaml = http.get("/v1/plans/45-KH-BCD-2023@1.0.0/template?format=yaml");
        assertThat(yaml.header("Content-Type")).isEqualTo("application/yaml; charset=utf-8");
        assertThat(yaml.text())
                .isEqualTo(FactsTemplate.yaml(
                        PlanForm.of(TestServer.PLANS.get("45-KH-BCD-2023@1.0.0")),
                        "45-KH-BCD-2023@1.0.0",
                        Language.VI));
        TestServer.Answer xml = http.get("/v1/plans/45-KH-BCD-2023/template?format=xml");
        assertThat(xml.status()).isEqualTo(400);
        assertThat(xml.json().get("detail").asText()).isEqualTo("format: cần json, yaml hoặc xlsx, không phải \"xml\"");
    }

    @Test
    @DisplayName("POST /v1/evaluate: a JSON or YAML document to its verdict, in Vietnamese or English")
    void evaluate() throws Exception {
        TestServer.Answer pass = http.post("/v1/evaluate", "application/json", bytes(PHUONG_5));
        assertThat(pass.status()).isEqualTo(200);
        assertThat(pass.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        var verdict = TestServer.PLANS.evaluate(TestServer.PLANS.reader().read(PHUONG_5, bytes(PHUONG_5)), null);
        assertThat(pass.text()).isEqualTo(new VerdictJson(Language.VI).toJson(verdict));
        assertThat(pass.json().get("input_sha256").asText()).isEqualTo(sha256(bytes(PHUONG_5)));

        TestServer.Answer english =
                http.post("/v1/evaluate?lang=en&plan=45-KH-BCD-2023", "application/json", bytes(PHUONG_5));
        assertThat(english.json().get("label").asText()).isEqualTo("ACHIEVED");

        byte[] yaml = ("area: {name: Phường 5, district: Thành phố Trà Vinh, province: Trà Vinh, types: [LOAI_4]}\n"
                        + "year: 2023\nfacts:\n  households: 1850\n  households_reached: 1849\n")
                .getBytes(StandardCharsets.UTF_8);
        TestServer.Answer fromYaml = http.post("/v1/evaluate", "application/yaml; charset=utf-8", yaml);
        assertThat(fromYaml.status()).isEqualTo(200);
        assertThat(fromYaml.json().get("outcome").asText()).isEqualTo("FAIL");
        assertThat(fromYaml.json().get("criteria").get(4).get("shortfall").asText())
                .isEqualTo("thiếu 1 hộ (cần ít nhất 1.850/1.850 hộ)");

        TestServer.Answer chosen = http.post(
                "/v1/evaluate?province=Tr%C3%A0%20Vinh&area_type=LOAI_4&year=2023",
                "application/json",
                "{\"area\": {\"name\": \"Phường 5\"}, \"year\": 2023, \"facts\": {}}".getBytes(StandardCharsets.UTF_8));
        assertThat(chosen.json().get("plan").get("id").asText()).isEqualTo("45-KH-BCD-2023");
        assertThat(chosen.json().get("outcome").asText()).isEqualTo("INDETERMINATE");
    }

    @Test
    @DisplayName("Each error status with the command line's one-line message, its code as the type, and its path")
    void errors() throws Exception {
        TestServer.Answer typo = http.post("/v1/evaluate", "application/json", bytes(MISSPELT));
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.text())
                .isEqualTo("{\n  \"type\" : \"urn:chuyenhoa:error:unknown-fact\",\n  \"status\" : 422,\n"
                        + "  \"detail\" : \"$.facts.househods: số liệu không có trong danh mục: \\\"househods\\\""
                        + " — có phải ý bạn là \\\"households\\\"?\",\n"
                        + "  \"path\" : \"$.facts.househods\",\n  \"suggestion\" : \"households\",\n"
                        + "  \"errors\" : [\n    {\n      \"type\" : \"urn:chuyenhoa:error:unknown-fact\",\n"
                        + "      \"message\" : \"$.facts.househods: số liệu không có trong danh mục: \\\"househods\\\""
                        + " — có phải ý bạn là \\\"households\\\"?\",\n"
                        + "      \"path\" : \"$.facts.househods\",\n      \"suggestion\" : \"households\"\n"
                        + "    }\n  ],\n  \"request_id\" : \"" + typo.header("X-Request-Id") + "\"\n}\n");

        TestServer.Answer syntax =
                http.post("/v1/evaluate", "application/json", "{\"area\": ".getBytes(StandardCharsets.UTF_8));
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.problemType()).isEqualTo("syntax");

        TestServer.Answer year = http.post(
                "/v1/evaluate?plan=45-KH-BCD-2023",
                "application/json",
                new String(bytes(PHUONG_5), StandardCharsets.UTF_8)
                        .replace("2023,", "2019,")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(year.status()).isEqualTo(422);
        assertThat(year.problemType()).isEqualTo("year-outside-plan");

        TestServer.Answer unknownPlan =
                http.post("/v1/evaluate?plan=45-KH-BCD-2024", "application/json", bytes(PHUONG_5));
        assertThat(unknownPlan.status()).isEqualTo(404);
        assertThat(unknownPlan.json().get("path").asText()).isEqualTo("plan");

        TestServer.Answer parameter = http.post("/v1/evaluate?areatype=LOAI_4", "application/json", bytes(PHUONG_5));
        assertThat(parameter.status()).isEqualTo(400);
        assertThat(parameter.problemType()).isEqualTo("unknown-parameter");
        assertThat(parameter.json().get("suggestion").asText()).isEqualTo("area_type");
        assertThat(http.post("/v1/evaluate?year=twenty", "application/json", bytes(PHUONG_5))
                        .problemType())
                .isEqualTo("invalid-value");
        assertThat(http.get("/v1/plans?lang=fr").status()).isEqualTo(400);

        TestServer.Answer media = http.post("/v1/evaluate", "text/plain", bytes(PHUONG_5));
        assertThat(media.status()).isEqualTo(415);
        assertThat(media.problemType()).isEqualTo("unsupported-media-type");

        byte[] large = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) ' ');
        TestServer.Answer tooLarge = http.post("/v1/evaluate", "application/json", large);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.problemType()).isEqualTo("file-too-large");
        // The JDK's client of Java 17 waits for ever on a refusal of an Expect: 100-continue request: raw bytes.
        try (java.net.Socket socket = RawHttp.open(http.server.port())) {
            RawHttp.write(
                    socket,
                    "POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Expect: 100-continue\r\nContent-Length: " + large.length + "\r\n\r\n");
            String answer = RawHttp.response(socket);
            assertThat(RawHttp.status(answer))
                    .as("a client waiting for 100 Continue is refused before it sends the body: " + answer)
                    .isEqualTo(413);
            assertThat(answer).contains("urn:chuyenhoa:error:file-too-large");
        }

        TestServer.Answer path = http.get("/v1/evaluat");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.problemType()).isEqualTo("not-found");
        TestServer.Answer method = http.get("/v1/evaluate");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("Allow")).isEqualTo("POST");
    }

    @Test
    @DisplayName("POST /v1/evaluate/batch: an array or NDJSON in, a verdict or {index, error} per document, in order")
    void batch() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(
                            p -> p.toString().endsWith(".json") && !p.toString().contains("review"))
                    .sorted()
                    .toList();
        }
        List<byte[]> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .strip()
                    .getBytes(StandardCharsets.UTF_8));
        }
        String array = "["
                + String.join(
                        ",\n",
                        documents.stream()
                                .map(d -> new String(d, StandardCharsets.UTF_8))
                                .toList()) + "]";
        TestServer.Answer answer =
                http.post("/v1/evaluate/batch", "application/json", array.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode results = answer.json();
        assertThat(results).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode result = results.get(i);
            if (files.get(i).toString().equals(MISSPELT)) {
                assertThat(result.toString())
                        .isEqualTo("{\"index\":" + i + ",\"error\":{\"message\":\"$.facts.househods: số liệu không"
                                + " có trong danh mục: \\\"househods\\\" — có phải ý bạn là \\\"households\\\"?\","
                                + "\"path\":\"$.facts.househods\",\"suggestion\":\"households\"}}");
            } else if (files.get(i).toString().equals(TYPED_CITY)) {
                assertThat(result.get("index").asInt()).isEqualTo(i);
                assertThat(result.at("/error/path").asText()).isEqualTo("$.area.types");
                assertThat(result.at("/error/message").asText())
                        .startsWith("$.area.types: không có kế hoạch nào cho tỉnh, thành phố \"Quảng Ninh\", địa bàn"
                                + " \"Thành phố Cẩm Phả\", loại LOAI_1, năm 2023");
            } else {
                var verdict = TestServer.PLANS.evaluate(
                        TestServer.PLANS
                                .reader()
                                .read(null, vn.chuyenhoa.engine.facts.FactsReader.Format.JSON, documents.get(i)),
                        null);
                assertThat(result)
                        .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(new VerdictJson(Language.VI).toJson(verdict)));
                assertThat(result.get("input_sha256").asText()).isEqualTo(sha256(documents.get(i)));
            }
        }
        String ndjson = String.join(
                        "\n",
                        documents.stream()
                                .map(d -> new String(d, StandardCharsets.UTF_8).replace("\n", " "))
                                .toList())
                + "\n";
        TestServer.Answer lines =
                http.post("/v1/evaluate/batch", "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
        assertThat(lines.json().findValuesAsText("outcome")).isEqualTo(results.findValuesAsText("outcome"));
        assertThat(lines.json().findValuesAsText("index")).isEqualTo(results.findValuesAsText("index"));

        assertThat(http.post("/v1/evaluate/batch", "application/json", "[]".getBytes(StandardCharsets.UTF_8))
                        .text())
                .isEqualTo("[ ]\n");
        TestServer.Answer broken =
                http.post("/v1/evaluate/batch", "application/json", "[{\"area\": }]".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("detail").asText())
                .isEqualTo("nội dung không phải JSON array đọc được (dòng 1, cột 11)");
        TestServer.Answer notArray = http.post("/v1/evaluate/batch", "application/json", bytes(PHUONG_5));
        assertThat(notArray.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("POST /v1/validate: a valid document's plan and empty facts; an invalid one's every error at once")
    void validate() {
        TestServer.Answer valid = http.post(
                "/v1/validate", "application/json", bytes("../samples/tra-vinh-2023/phuong-5-thieu-so-lieu.json"));
        assertThat(valid.status()).isEqualTo(200);
        JsonNode body = valid.json();
        assertThat(body.get("plan").get("id").asText()).isEqualTo("45-KH-BCD-2023");
        assertThat(body.get("facts_total").asInt())
                .isEqualTo(PlanForm.of(TestServer.PLANS.get("45-KH-BCD-2023"))
                        .fields()
                        .size());
        assertThat(body.get("facts_filled").asInt() + body.get("empty").size())
                .isEqualTo(body.get("facts_total").asInt());
        assertThat(body.get("empty")).isNotEmpty();

        byte[] twoErrors =
                "{\"area\": {\"name\": \"X\", \"province\": \"Trà Vinh\", \"types\": [\"LOAI_4\"]}, \"year\": 2023, \"facts\": {\"househods\": 1, \"drug_cases\": -1}}"
                        .getBytes(StandardCharsets.UTF_8);
        TestServer.Answer invalid = http.post("/v1/validate?lang=en", "application/json", twoErrors);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("errors").findValuesAsText("path"))
                .containsExactly("$.facts.househods", "$.facts.drug_cases");
    }

    @Test
    @DisplayName("The decision log has one line per evaluation: request, plan, rule set, input, outcome, duration")
    void decisionLog() throws Exception {
        long before = Files.readAllLines(decisions).size();
        TestServer.Answer answer = http.post("/v1/evaluate", "application/json", bytes(PHUONG_5));
        List<String> lines = Files.readAllLines(decisions, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) before + 1);
        JsonNode line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(line.get("request_id").asText()).isEqualTo(answer.header("X-Request-Id"));
        assertThat(line.get("plan").asText()).isEqualTo("45-KH-BCD-2023");
        assertThat(line.get("version").asText())
                .isEqualTo(TestServer.PLANS.get("45-KH-BCD-2023").version());
        assertThat(line.get("rule_set_sha256").asText())
                .isEqualTo(TestServer.PLANS.get("45-KH-BCD-2023").sha256());
        assertThat(line.get("input_sha256").asText()).isEqualTo(sha256(bytes(PHUONG_5)));
        assertThat(line.get("outcome").asText()).isEqualTo("PASS");
        assertThat(line.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(line.get("duration_ms").asDouble()).isPositive();
        assertThat(line.fieldNames())
                .toIterable()
                .containsExactly(
                        "time",
                        "request_id",
                        "plan",
                        "version",
                        "rule_set_sha256",
                        "input_sha256",
                        "outcome",
                        "duration_ms");
    }

    @Test
    @DisplayName("/metrics counts requests by route and status, their latency, and areas by plan and outcome")
    void metrics() {
        http.post("/v1/evaluate", "application/json", bytes(PHUONG_5));
        http.post("/v1/evaluate", "application/json", bytes(MISSPELT));
        String text = http.get("/metrics").text();
        assertThat(text)
                .contains("# TYPE chuyenhoa_http_requests_total counter")
                .containsPattern("chuyenhoa_http_requests_total\\{route=\"/v1/evaluate\",status=\"200\"} [1-9]")
                .containsPattern("chuyenhoa_http_requests_total\\{route=\"/v1/evaluate\",status=\"422\"} [1-9]")
                .contains("chuyenhoa_http_request_duration_seconds_bucket{route=\"/v1/evaluate\",le=\"+Inf\"}")
                .containsPattern("chuyenhoa_evaluations_total\\{outcome=\"PASS\",plan=\"45-KH-BCD-2023\"} [1-9]")
                .containsPattern("chuyenhoa_evaluations_total\\{outcome=\"INVALID\",plan=\"\"} [1-9]");
    }

    @Test
    @DisplayName("POST /v1/review: facts files and CSVs as multipart, or a CSV body; JSON, HTML or CSV by Accept")
    void review() throws Exception {
        Path folder = SAMPLES.resolve("review-dong-nai-2019");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Multipart multipart = new Multipart();
        for (Path file : files) {
            multipart.file("files", file.getFileName().toString(), Files.readAllBytes(file));
        }
        TestServer.Answer json = http.post("/v1/review?communes=170", multipart.contentType(), multipart.bytes());
        assertThat(json.status()).isEqualTo(200);
        JsonNode summary = json.json().get("summary");
        assertThat(summary.get("totals").toString())
                .isEqualTo("{\"areas\":12,\"pass\":8,\"fail\":3,\"indeterminate\":1,\"invalid\":0}");
        assertThat(json.json().get("areas").findValuesAsText("file"))
                .containsExactlyElementsOf(
                        files.stream().map(f -> f.getFileName().toString()).toList());
        assertThat(summary.get("province_figures").get("communes").asInt()).isEqualTo(170);

        TestServer.Answer html =
                http.post("/v1/review", multipart.contentType(), multipart.bytes(), "Accept", "text/html");
        assertThat(html.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(html.text()).startsWith("<!DOCTYPE html>").contains("Đồng Nai");
        TestServer.Answer csv = http.post(
                "/v1/review?csv_separator=,",
                multipart.contentType(),
                multipart.bytes(),
                "Accept",
                "text/csv;q=0.9, application/xml");
        assertThat(csv.header("Content-Type")).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.text().lines()).hasSize(13);
        assertThat(http.post("/v1/review", multipart.contentType(), multipart.bytes(), "Accept", "image/png")
                        .status())
                .isEqualTo(406);

        byte[] sheet = Files.readAllBytes(folder.resolve("so-ket-2019.csv"));
        TestServer.Answer fromCsv = http.post("/v1/review?lang=en", "text/csv", sheet);
        assertThat(fromCsv.json().get("areas").get(0).get("file").asText()).isEqualTo("request.csv");
        assertThat(fromCsv.json().get("areas").get(0).get("row").asInt()).isEqualTo(2);
        Multipart one = new Multipart().file("csv", "so-ket-2019.csv", sheet);
        assertThat(http.post("/v1/review?lang=en", one.contentType(), one.bytes())
                        .json()
                        .get("summary"))
                .isEqualTo(fromCsv.json().get("summary"));

        Multipart bad = new Multipart()
                .file("files", "ok.json", Files.readAllBytes(files.get(0)))
                .file("files", "bad.json", "{".getBytes(StandardCharsets.UTF_8));
        JsonNode areas =
                http.post("/v1/review", bad.contentType(), bad.bytes()).json().get("areas");
        assertThat(areas.get(0).has("outcome")).isTrue();
        assertThat(areas.get(1).get("error").get("message").asText()).startsWith("bad.json: $: ");
        assertThat(http.post("/v1/review?plan=7488-KH-UBND-2071", bad.contentType(), bad.bytes())
                        .status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName(
            "Excel over HTTP: the template as a workbook (format=xlsx, year), a review of a workbook sent as the body"
                    + " or as a part, and the review answered as a workbook by Accept, the same bytes each time")
    void excel() throws Exception {
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        TestServer.Answer template = http.get("/v1/plans/7488-KH-UBND-2017/template?format=xlsx&year=2019");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.header("Content-Type")).isEqualTo(xlsx);
        assertThat(new String(template.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(http.get("/v1/plans/7488-KH-UBND-2017/template?format=xlsx&year=2019")
                        .body())
                .isEqualTo(template.body());
        assertThat(http.get("/v1/plans/7488-KH-UBND-2017/template?year=2019").status())
                .isEqualTo(400);
        // The template as it comes, nothing filled in: its rows are left unused, and a review of nothing is refused as
        // a header-only CSV is, never a silent empty review.
        JsonNode empty = http.post("/v1/review", xlsx, template.body()).json();
        assertThat(empty.get("summary").get("totals").get("invalid").asInt()).isEqualTo(1);
        assertThat(empty.get("areas").get(0).get("error").get("message").asText())
                .contains("chưa điền dòng địa bàn nào");
        Multipart part =
                new Multipart().file("files", "so-ket.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        JsonNode invalid =
                http.post("/v1/review", part.contentType(), part.bytes()).json();
        assertThat(invalid.get("areas").get(0).get("error").get("message").asText())
                .startsWith("so-ket.xlsx: $: không đọc được tệp Excel: tệp không phải sổ làm việc .xlsx");

        byte[] sheet =
                Files.readAllBytes(SAMPLES.resolve("review-dong-nai-2019").resolve("so-ket-2019.csv"));
        TestServer.Answer workbook = http.post("/v1/review", "text/csv", sheet, "Accept", xlsx);
        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).isEqualTo(xlsx);
        assertThat(http.post("/v1/review", "text/csv", sheet, "Accept", xlsx).body())
                .isEqualTo(workbook.body());
        JsonNode again = http.post("/v1/review", xlsx, workbook.body()).json();
        assertThat(again.get("areas").get(0).get("error").get("message").asText())
                .as("a review's workbook is not a sheet of areas: its first sheet's header is the summary's title")
                .startsWith("request.xlsx: ");
    }

    @Test
    @DisplayName("/openapi.json is OpenAPI 3.1 that swagger-parser reads without a complaint")
    void openApi() {
        JsonNode document = http.get("/openapi.json").json();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/v1/plans",
                        "/v1/plans/{id}",
                        "/v1/plans/{id}/schema",
                        "/v1/plans/{id}/template",
                        "/v1/evaluate",
                        "/v1/evaluate/batch",
                        "/v1/validate",
                        "/v1/review",
                        "/openapi.json",
                        "/health",
                        "/metrics");
    }
}
