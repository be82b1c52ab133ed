package vn.chuyenhoa.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.testing.Options;
import vn.chuyenhoa.engine.testing.TestPlan;

/** The review as JSON, as CSV for Excel and as a self-contained HTML page. */
class ReviewOutputsTest {
    private static final ReviewResult REVIEW = TestPlan.review(
            TestPlan.csv(TestPlan.HEADER + "\n"
                    + "Xã Long Tân;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;100\n"
                    + "=HYPERLINK(\"x\");Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;99\n"
                    + "\"<b>Xã; Bình</b>\";Thành phố Biên Hòa;Đồng Nai;TTATXH;2019;100;\n"
                    + "Xã Hóa An;Thành phố Biên Hòa;Đồng Nai;TTATXH;2019;100;một trăm\n"),
            new ProvinceFigures(170L, null, null));

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String jsonText() {
        StringWriter out = new StringWriter();
        new ReviewJson(Language.VI, Options.SPELLING).write(REVIEW, out);
        return out.toString();
    }

    @Test
    @DisplayName(
            "JSON: summary then one entry per input with file and row, and either outcome or error, keys in a fixed order")
    void json() throws Exception {
        String text = jsonText();
        assertThat(jsonText()).isEqualTo(text);
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(fields(root)).containsExactly("summary", "areas");
        JsonNode summary = root.get("summary");
        assertThat(fields(summary))
                .containsExactly(
                        "schema",
                        "year",
                        "window",
                        "plans",
                        "readings_used",
                        "province",
                        "totals",
                        "depending_on_readings",
                        "districts",
                        "province_figures",
                        "targets",
                        "criteria_most_failed");
        assertThat(summary.get("schema").asText()).isEqualTo("chuyenhoa.review/v1");
        assertThat(summary.get("readings_used").toString())
                .as("a plan that declares no reading has none to list")
                .isEqualTo("{}");
        assertThat(summary.get("depending_on_readings").asInt()).isZero();
        assertThat(summary.get("window").toString())
                .isEqualTo("{\"from\":\"2018-11-16\",\"to\":\"2019-11-15\",\"default\":true}");
        assertThat(summary.get("totals").toString())
                .isEqualTo("{\"areas\":4,\"pass\":1,\"fail\":1,\"indeterminate\":1,\"invalid\":1}");
        assertThat(summary.get("districts").get(0).toString())
                .isEqualTo(
                        "{\"district\":\"Thành phố Biên Hòa\","
                                + "\"province\":\"Đồng Nai\",\"counts\":{\"areas\":2,\"pass\":0,\"fail\":0,\"indeterminate\":1,\"invalid\":1}}");
        assertThat(summary.get("province_figures").toString())
                .isEqualTo("{\"communes\":170,\"previously_transformed\":null,\"relapsed\":null}");
        JsonNode target = summary.get("targets").get(0);
        assertThat(fields(target))
                .containsExactly(
                        "plan", "id", "title", "status", "label", "reason", "missing", "requirement", "source");
        assertThat(target.get("status").asText()).isEqualTo("MISSING");
        assertThat(summary.get("targets").get(1).get("missing").toString())
                .isEqualTo("[\"--previously-transformed\",\"--relapsed\"]");
        assertThat(summary.get("criteria_most_failed").get(0).toString())
                .isEqualTo(
                        "{\"plan\":\"TEST-REVIEW\","
                                + "\"id\":\"propaganda\",\"title\":\"100 % hộ được tuyên truyền\",\"group\":\"target\",\"failed\":1,\"missing\":1}");
        JsonNode areas = root.get("areas");
        assertThat(areas).hasSize(4);
        assertThat(fields(areas.get(1)))
                .containsExactly(
                        "file",
                        "row",
                        "area",
                        "year",
                        "plan",
                        "outcome",
                        "label",
                        "decision",
                        "interim",
                        "readings",
                        "failed",
                        "missing_facts",
                        "criteria");
        assertThat(areas.get(1).get("criteria").get(0).toString())
                .isEqualTo("{\"id\":\"propaganda\",\"status\":\"FAIL\","
                        + "\"reason\":\"Hộ được tuyên truyền: 99/100 hộ = 99 % (yêu cầu 100 %)\","
                        + "\"shortfall\":\"thiếu 1 hộ (cần ít nhất 100/100 hộ)\"}");
        assertThat(fields(areas.get(3))).containsExactly("file", "row", "area", "error");
        assertThat(areas.get(3).get("error").toString())
                .isEqualTo(
                        "{\"message\":\"so-ket.csv: $[5].households_reached: "
                                + "cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \\\"một trăm\\\" (ô G5)\",\"path\":\"$[5].households_reached\"}");
        assertThat(areas.get(2).get("area").get("name").asText()).isEqualTo("<b>Xã; Bình</b>");
    }

    @Test
    @DisplayName("CSV for Excel: UTF-8 with its byte-order mark, ';' and CRLF, Vietnamese intact, formulas defused")
    void csvForExcel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ReviewCsv(Language.VI, Options.SPELLING, ';')
                .write(REVIEW, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        byte[] content = bytes.toByteArray();
        assertThat(content).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(content, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines).hasSize(6).last().isEqualTo("");
        assertThat(lines.get(0))
                .isEqualTo("Tệp;Dòng;Tỉnh;Huyện;Địa bàn;Năm;Kế hoạch;Kết quả;Lý do;Tiêu chí không đạt;"
                        + "Số liệu còn thiếu;Kết quả theo cách hiểu khác;Lỗi;propaganda");
        assertThat(lines.get(1))
                .isEqualTo("so-ket.csv;2;Đồng Nai;Huyện Nhơn Trạch;Xã Long Tân;2019;TEST-REVIEW@1.0.0;"
                        + "ĐẠT;đạt đủ 1 tiêu chí quyết định;;;;;Đạt");
        assertThat(lines.get(2))
                .startsWith("so-ket.csv;3;Đồng Nai;Huyện Nhơn Trạch;\"'=HYPERLINK(\"\"x\"\")\";2019;")
                .endsWith(";propaganda;;;;Không đạt");
        assertThat(lines.get(3))
                .contains(";\"<b>Xã; Bình</b>\";")
                .endsWith(";CHƯA ĐỦ DỮ LIỆU;chưa đủ dữ liệu để kết luận "
                        + "1/1 tiêu chí quyết định: propaganda;;households_reached;;;Thiếu dữ liệu");
        assertThat(lines.get(4))
                .isEqualTo(
                        "so-ket.csv;5;Đồng Nai;Thành phố Biên Hòa;Xã Hóa An;;;KHÔNG HỢP LỆ;;;;;"
                                + "\"$[5].households_reached: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"\"một trăm\"\" (ô G5)\";");
    }

    @Test
    @DisplayName("CSV with ',' for an English regional setting quotes the cells that hold a comma")
    void csvWithCommas() {
        StringWriter out = new StringWriter();
        new ReviewCsv(Language.EN, Options.SPELLING, ',').write(REVIEW, out);
        assertThat(out.toString())
                .startsWith("\uFEFFFile,Row,Province,District,Area,Year,Plan,Outcome,Reason,"
                        + "Criteria not met,Facts needed,Outcome under another reading,Error,propaganda\r\n");
        assertThat(out.toString()).contains(",<b>Xã; Bình</b>,");
    }

    @Test
    @DisplayName(
            "HTML is one self-contained page: no address to load, a policy forbidding it, names escaped, both charts"
                    + " (bars whose widths are shares of the longest)")
    void htmlSelfContained() {
        StringWriter out = new StringWriter();
        new ReviewHtml(Language.VI, Options.SPELLING).write(REVIEW, out);
        String html = out.toString();
        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                .contains(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .doesNotContain("http://", "https://", "src=", "href=", "<link", "<script", "url(", "@import")
                .contains("&lt;b&gt;Xã; Bình&lt;/b&gt;")
                .doesNotContain("<b>Xã")
                .contains("<title>Sơ kết chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH năm 2019 — Đồng Nai</title>")
                .contains("16/11/2018 – 15/11/2019 (mặc định cho năm 2019")
                .contains(
                        "<div class=\"chart districts\" role=\"group\" aria-label=\"Kết quả theo huyện\">",
                        "<div class=\"chart criteria\" role=\"group\" aria-label=\"Tiêu chí không đạt nhiều nhất\">")
                .contains("<div class=\"row\"><span class=\"label\">Huyện Nhơn Trạch</span><span class=\"bar\">"
                        + "<span class=\"seg b-PASS\" style=\"width: 50%\" title=\"Huyện Nhơn Trạch: ĐẠT 1\">1</span>"
                        + "<span class=\"seg b-FAIL\" style=\"width: 50%\" title=\"Huyện Nhơn Trạch: CHƯA ĐẠT 1\">1</span>"
                        + "</span><span class=\"total\">2</span></div>")
                .contains(
                        "Hộ được tuyên truyền: 99/100 hộ = 99 % (yêu cầu 100 %) — thiếu 1 hộ (cần ít nhất 100/100 hộ)")
                .contains(
                        "$[5].households_reached: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp &quot;một trăm&quot; (ô G5)")
                .contains(
                        "<td>Toàn tỉnh Đồng Nai</td><td class=\"n\">4</td><td class=\"n\">1</td><td class=\"n\">1</td>"
                                + "<td class=\"n\">1</td><td class=\"n\">1</td>");
        StringWriter again = new StringWriter();
        new ReviewHtml(Language.VI, Options.SPELLING).write(REVIEW, again);
        assertThat(again.toString()).isEqualTo(html);
    }
}
