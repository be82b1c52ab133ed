package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chuyenhoa review} on the Đồng Nai 2019 sample: a dozen communes of four districts under plan 7488. */
class ReviewCommandTest {
    static final String SAMPLE = Run.SAMPLES + "review-dong-nai-2019/";
    static final String SAMPLE_CSV = SAMPLE + "so-ket-2019.csv";
    /** The version these tests were written against: a newer one may decide the sample otherwise. */
    static final String PLAN = "7488-KH-UBND-2017@1.0.0";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sample's areas in path order, with the outcome each must get. */
    private static final List<String> OUTCOMES = List.of(
            "Phường Hố Nai FAIL",
            "Xã Hóa An INDETERMINATE",
            "Phường Tam Hiệp PASS",
            "Xã An Phước PASS",
            "Xã Long Phước PASS",
            "Xã Phước Thái PASS",
            "Xã Hiệp Phước PASS",
            "Xã Long Tân FAIL",
            "Xã Phước Thiền PASS",
            "Xã Bắc Sơn PASS",
            "Xã Hố Nai 3 PASS",
            "Thị trấn Trảng Bom FAIL");

    private static final String TABLE = """
            Huyện, thị xã, thành phố  Tổng  ĐẠT  CHƯA ĐẠT  CHƯA ĐỦ DỮ LIỆU  KHÔNG HỢP LỆ
            ----------------------------------------------------------------------------
            Thành phố Biên Hòa           3    1         1                1             0
            Huyện Long Thành             3    3         0                0             0
            Huyện Nhơn Trạch             3    2         1                0             0
            Huyện Trảng Bom              3    2         1                0             0
            ----------------------------------------------------------------------------
            Toàn tỉnh Đồng Nai          12    8         3                1             0
            """;

    private static List<String> outcomes(JsonNode areas) {
        List<String> outcomes = new ArrayList<>();
        areas.forEach(a -> outcomes.add(a.get("area").get("name").asText() + " "
                + (a.has("outcome") ? a.get("outcome").asText() : "INVALID")));
        return outcomes;
    }

    @Test
    @DisplayName("The sample review prints the table by district, the province's targets and the criteria most failed, "
            + "writes the HTML report, and exits 1 since three communes are CHƯA ĐẠT")
    void sampleReview(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("bao-cao.html");
        Run run = Run.of("review", "--plan", PLAN, SAMPLE, "--html", html.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Đã ghi báo cáo HTML: " + html + "\n");
        assertThat(run.out()).startsWith("""
                Sơ kết chuyển hóa địa bàn trọng điểm, phức tạp về TTATXH năm 2019 — Đồng Nai
                Kỳ thống kê: 16/11/2018 – 15/11/2019 (mặc định cho năm 2019: 16/11 năm trước – 15/11; đổi bằng --window)
                Kế hoạch: 7488-KH-UBND-2017 v1.0.0 — Thực hiện Đề án Chuyển hóa địa bàn trọng điểm, phức tạp về trật tự, \
                an toàn xã hội đến năm 2020 trên địa bàn tỉnh Đồng Nai

                """ + TABLE + """

                CHỈ TIÊU CỦA TỈNH
                [Đạt] province-1 · Hằng năm chuyển hóa thành công ít nhất 60 % số địa bàn được lựa chọn
                    Số liệu: 8/12 địa bàn đạt = 66,7 % ≥ 60 %, kể cả khi 1 địa bàn chưa rõ kết quả (chưa đủ dữ liệu hoặc \
                không hợp lệ) đều không đạt
                    Nguồn: KH 7488/KH-UBND ngày 31/7/2017, II.1 Mục tiêu: “Hàng năm tổ chức chuyển hóa thành công ít nhất \
                60% tổng số địa bàn được lựa chọn chuyển hóa.”
                [Thiếu dữ liệu] province-2 · Ít nhất 85 % địa bàn đã chuyển hóa thành công không phức tạp trở lại
                    Số liệu: chưa có số địa bàn đã chuyển hóa thành công ở các năm trước (--previously-transformed) và số \
                địa bàn trong đó phức tạp trở lại (--relapsed)
                """);
        assertThat(run.out()).contains("""
                TIÊU CHÍ KHÔNG ĐẠT NHIỀU NHẤT (số địa bàn không đạt / thiếu dữ liệu)
                     4 / 0     target-9 · 100 % hộ dân được phổ biến, tuyên truyền về phòng, chống tội phạm
                     1 / 0     target-2 · Tỷ lệ điều tra, khám phá các loại tội phạm từ 80 % trở lên
                     1 / 0     target-6 · Tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù, đặc xá dưới 15 %
                     1 / 0     condition-1 · Giảm cơ bản tội phạm và tệ nạn xã hội so với năm trước
                     1 / 0     condition-2 · Không để phức tạp nổi lên về TTATXH
                     0 / 1     target-4 · Bắt giữ, vận động đầu thú từ 30 % số đối tượng truy nã tại địa bàn trở lên
                """, """
                8. [CHƯA ĐẠT] Xã Long Tân (Huyện Nhơn Trạch) — 9/9 chỉ tiêu đạt = 100 % ≥ 80 %; không đạt 1/2 điều kiện: condition-1
                    condition-1 (Không đạt): Số vụ phạm tội và tệ nạn xã hội: 40 vụ, so với năm trước 38 vụ — tăng 2 vụ \
                — phải giảm ít nhất 3 vụ (còn tối đa 37 vụ)
                """);
        String report = Files.readString(html);
        for (String outcome : OUTCOMES) {
            assertThat(report).contains("<strong>" + outcome.substring(0, outcome.lastIndexOf(' ')) + "</strong>");
        }
    }

    @Test
    @DisplayName(
            "With the province's figures every target is decided: 8/9 not complex again ≥ 85 %, 12/170 communes ≤ 15 %")
    void provinceFigures() {
        Run run = Run.of(
                "review",
                "--plan",
                PLAN,
                SAMPLE,
                "--no-html",
                "--communes",
                "170",
                "--previously-transformed",
                "9",
                "--relapsed",
                "1");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("""
                [Đạt] province-2 · Ít nhất 85 % địa bàn đã chuyển hóa thành công không phức tạp trở lại
                    Số liệu: 8/9 địa bàn đã chuyển hóa thành công không phức tạp trở lại (1 phức tạp trở lại) = 88,9 % ≥ 85 %
                """, """
                [Đạt] province-3 · Số xã, phường, thị trấn được lựa chọn chuyển hóa không vượt quá 15 % tổng số đơn vị \
                hành chính cấp xã
                    Số liệu: 12 địa bàn được lựa chọn / 170 đơn vị hành chính cấp xã = 7,1 % ≤ 15 %
                """);
    }

    @Test
    @DisplayName(
            "A directory with one corrupt file still reports every other area, lists the file as invalid, and exits 2")
    void corruptFileInADirectory(@TempDir Path dir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(SAMPLE), "*.json")) {
            for (Path file : files) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path corrupt = dir.resolve("bien-hoa-tan-hanh.json");
        try (InputStream in = getClass().getResourceAsStream("/review/bien-hoa-tan-hanh.json")) {
            Files.copy(in, corrupt);
        }
        Run run = Run.of("review", "--plan", PLAN, dir.toString(), "--format", "json", "--no-html");
        assertThat(run.exit()).isEqualTo(2);
        String error = corrupt
                + ": $.facts.crime_cases: JSON không hợp lệ (dòng 15, cột 14): tệp kết thúc giữa chừng (thiếu dấu đóng } hoặc ],"
                + " hay dấu \")";
        assertThat(run.err()).isEqualTo(error + "\n");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("summary").get("totals").toString())
                .isEqualTo("{\"areas\":13,\"pass\":8,\"fail\":3,\"indeterminate\":1,\"invalid\":1}");
        JsonNode areas = root.get("areas");
        assertThat(areas).hasSize(13);
        JsonNode invalid = areas.get(3);
        assertThat(invalid.toString())
                .isEqualTo("{\"file\":" + JSON.writeValueAsString(corrupt.toString()) + ",\"plan\":\"" + PLAN
                        + "\",\"error\":{\"message\":"
                        + JSON.writeValueAsString(error) + ",\"path\":\"$.facts.crime_cases\"}}");
        ((ArrayNode) areas).remove(3);
        assertThat(outcomes(areas)).isEqualTo(OUTCOMES);
        assertThat(root.get("summary").get("districts").get(4).toString())
                .isEqualTo("{\"district\":null,\"province\":null,"
                        + "\"counts\":{\"areas\":1,\"pass\":0,\"fail\":0,\"indeterminate\":0,\"invalid\":1}}");
    }

    @Test
    @DisplayName(
            "The sample as one CSV (Excel: byte-order mark, ';') gives the same summary and outcomes as its folder")
    void csvInputMatchesTheFolder() throws IOException {
        Run folder = Run.of("review", "--plan", PLAN, SAMPLE, "--format", "json", "--no-html");
        Run csv = Run.of("review", "--plan", PLAN, "--csv", SAMPLE_CSV, "--format", "json", "--no-html");
        assertThat(csv.exit()).isEqualTo(1);
        assertThat(csv.err()).isEmpty();
        JsonNode fromFolder = JSON.readTree(folder.out());
        JsonNode fromCsv = JSON.readTree(csv.out());
        assertThat(fromCsv.get("summary")).isEqualTo(fromFolder.get("summary"));
        JsonNode first = fromCsv.get("areas").get(0);
        assertThat(first.get("file").asText()).isEqualTo(SAMPLE_CSV);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        List<String> csvOutcomes = outcomes(fromCsv.get("areas"));
        assertThat(csvOutcomes).containsExactlyInAnyOrderElementsOf(OUTCOMES);
        for (int i = 0; i < fromCsv.get("areas").size(); i++) {
            ObjectNode area = (ObjectNode) fromCsv.get("areas").get(i).deepCopy();
            area.remove(List.of("file", "row"));
            JsonNode same = null;
            for (JsonNode candidate : fromFolder.get("areas")) {
                if (candidate.get("area").equals(area.get("area"))) {
                    same = ((ObjectNode) candidate.deepCopy()).remove(List.of("file"));
                }
            }
            assertThat(area).isEqualTo(same);
        }
    }

    @Test
    @DisplayName("--csv-out writes a spreadsheet that keeps Vietnamese: UTF-8 byte-order mark, ';', a row per area")
    void csvOut(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("so-ket.csv");
        Run run = Run.of("review", "--plan", PLAN, SAMPLE, "--no-html", "--csv-out", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("Đã ghi báo cáo CSV: " + out + "\n");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines =
                List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0))
                .isEqualTo("Tệp;Dòng;Tỉnh;Huyện;Địa bàn;Năm;Kế hoạch;Kết quả;Lý do;Tiêu chí không đạt;"
                        + "Số liệu còn thiếu;Kết quả theo cách hiểu khác;Lỗi;target-1;target-2;target-3;target-4;target-5;target-6;target-7;target-8;"
                        + "target-9;condition-1;condition-2");
        assertThat(lines.get(2))
                .startsWith(SAMPLE + "bien-hoa-hoa-an.json;;Đồng Nai;Thành phố Biên Hòa;Xã Hóa An;2019;"
                        + "7488-KH-UBND-2017@1.0.0;CHƯA ĐỦ DỮ LIỆU;")
                .endsWith(
                        ";target-9;wanted_persons_caught;;;Đạt;Đạt;Đạt;Thiếu dữ liệu;Đạt;Đạt;Đạt;Đạt;Không đạt;Đạt;Đạt");
    }

    @Test
    @DisplayName(
            "A review of another year than the facts' makes every area invalid with the window in the message, exit 2")
    void anotherYearsWindow() {
        Run run = Run.of("review", "--plan", PLAN, SAMPLE, "--no-html", "--window", "01/01/2018..31/12/2018");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out())
                .contains(
                        "Kỳ thống kê: 01/01/2018 – 31/12/2018\n",
                        "Toàn tỉnh Đồng Nai          12    0         0                0            12\n",
                        "1. [KHÔNG HỢP LỆ] Phường Hố Nai (Thành phố Biên Hòa) — " + SAMPLE + "bien-hoa-ho-nai.json\n"
                                + "    $.year: số liệu năm 2019 không thuộc kỳ thống kê của lần sơ kết năm 2018 "
                                + "(01/01/2018 – 31/12/2018); sơ kết năm 2019 riêng, hoặc sửa năm\n");
        assertThat(run.err().lines()).hasSize(12);
    }

    @Test
    @DisplayName(
            "--help describes the options; usage mistakes exit 2 with a message and nothing evaluated: no input, a bad "
                    + "window, more relapses than areas, an unknown plan")
    void usageMistakes() {
        Run help = Run.of("review", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("--communes=N", "communes, for the 15 % cap.", "--previously-transformed=N", "--window=TỪ..");
        assertThat(help.err()).isEmpty();
        Run none = Run.of("review", "--no-html");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("cần ít nhất một tệp, thư mục, --csv TỆP hoặc --xlsx TỆP\n");
        Run window = Run.of("review", "--plan", PLAN, SAMPLE, "--no-html", "--window", "2019");
        assertThat(window.exit()).isEqualTo(2);
        assertThat(window.out()).isEmpty();
        assertThat(window.err()).startsWith("--window: cần hai ngày nối bằng \"..\"");
        Run relapsed = Run.of(
                "review", SAMPLE, "--no-html", "--previously-transformed", "3", "--relapsed", "4", "--lang", "en");
        assertThat(relapsed.exit()).isEqualTo(2);
        assertThat(relapsed.err())
                .isEqualTo("--relapsed: the areas complex again (4) cannot outnumber the areas "
                        + "transformed before (--previously-transformed 3)\n");
        Run plan = Run.of("review", SAMPLE, "--no-html", "--plan", "7488-KH-UBND-2071");
        assertThat(plan.exit()).isEqualTo(2);
        assertThat(plan.err()).startsWith("--plan: không có kế hoạch \"7488-KH-UBND-2071\"");
    }

    @Test
    @DisplayName("A JSON Schema kept beside the facts files (schema -o) is skipped with a line, not counted as an"
            + " invalid area, by review and diff alike; named, it is an error that says what it is")
    void schemaBesideTheFactsIsSkipped(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("so-lieu"));
        try (DirectoryStream<Path> samples = Files.newDirectoryStream(Path.of(SAMPLE), "*.json")) {
            for (Path sample : samples) {
                Files.copy(sample, folder.resolve(sample.getFileName()));
            }
        }
        Path schema = folder.resolve("7488-KH-UBND-2017.schema.json");
        assertThat(Run.of("schema", "--plan", PLAN, "-o", schema.toString()).exit())
                .isZero();
        String skipped = schema + ": $: bỏ qua: đây là một JSON Schema (mô tả tệp số liệu cho trình soạn thảo), không"
                + " phải tệp số liệu\n";

        Run review = Run.of("review", "--plan", PLAN, folder.toString(), "--no-html", "--format", "json");
        assertThat(review.err()).isEqualTo(skipped);
        JsonNode areas = JSON.readTree(review.out()).get("areas");
        assertThat(areas).hasSize(12);
        assertThat(outcomes(areas)).containsExactlyElementsOf(OUTCOMES);
        assertThat(review.exit()).isEqualTo(1);

        Run diff = Run.of("diff", PLAN, PLAN, folder.toString(), "--lang", "en");
        assertThat(diff.exit()).isZero();
        assertThat(diff.err())
                .isEqualTo(schema + ": $: skipped: a JSON Schema (which describes facts files to an"
                        + " editor), not a facts file\n");
        assertThat(diff.out()).contains("Compared 12 areas").doesNotContain("schema.json");

        Run named = Run.of("evaluate", schema.toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err())
                .isEqualTo(schema + ": $: đây là một JSON Schema (mô tả tệp số liệu cho trình soạn"
                        + " thảo), không phải tệp số liệu: hãy nêu tệp số liệu\n");
    }

    @Test
    @DisplayName("review --help and diff --help say a folder stands for its .json, .yaml and .yml files")
    void helpNamesEveryFactsExtension() {
        for (String command : List.of("review", "diff")) {
            Run help = Run.of(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out().replaceAll("\\s+", " "))
                    .contains("(mọi tệp .json, .yaml, .yml bên trong)")
                    .contains("(every .json, .yaml, .yml below)");
        }
    }
}
