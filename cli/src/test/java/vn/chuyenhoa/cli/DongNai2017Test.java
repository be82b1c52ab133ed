package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan 7488-KH-UBND-2017 (Đồng Nai 2017–2020) from the command line: its samples, its period, explain. */
class DongNai2017Test {
    /** The version these tests were written against: a newer one may decide the samples otherwise. */
    private static final String PLAN = "7488-KH-UBND-2017@1.0.0";

    private static final String PASSING = Run.SAMPLES + "dong-nai-2017/xa-phuoc-thien.json";
    private static final String FAILING = Run.SAMPLES + "dong-nai-2017/xa-phuoc-thien-chua-dat.json";
    private static final String UNDECIDED = Run.SAMPLES + "dong-nai-2017/xa-phuoc-thien-thieu-so-lieu.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("A commune with one chỉ tiêu failed still reaches 8/9 = 88,9 % ≥ 80 %: ĐẠT, exit 0")
    void passingSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, PASSING);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("KẾT QUẢ: ĐẠT — 8/9 chỉ tiêu đạt = 88,9 % ≥ 80 %; đạt đủ 2 điều kiện\n")
                .contains("[Không đạt] target-9 · chỉ tiêu · 100 % hộ dân được phổ biến, tuyên truyền")
                .contains("Hộ được tuyên truyền: 2.098/2.140 hộ = 98 % (yêu cầu 100 %)")
                .contains("Còn thiếu: thiếu 42 hộ (cần ít nhất 2.140/2.140 hộ)")
                .contains("[Đạt] target-2 · chỉ tiêu")
                .contains("Vụ phạm tội được điều tra khám phá: 21/24 vụ = 87,5 % (yêu cầu từ 80 % trở lên)")
                .contains("[Đạt] condition-1 · điều kiện")
                .contains("Số vụ phạm tội và tệ nạn xã hội: 31 vụ, so với năm trước 45 vụ — giảm 14 vụ")
                .contains("[Đạt] condition-2 · điều kiện")
                .contains("Nguồn: KH 7488/KH-UBND ngày 31/7/2017, III.4: “không để phức tạp nổi lên về TTATXH”");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Đạt] target-1",
                        "[Đạt] target-2",
                        "[Đạt] target-3",
                        "[Đạt] target-4",
                        "[Đạt] target-5",
                        "[Đạt] target-6",
                        "[Đạt] target-7",
                        "[Đạt] target-8",
                        "[Không đạt] target-9",
                        "[Đạt] condition-1",
                        "[Đạt] condition-2");
    }

    @Test
    @DisplayName("A commune at 7/9 = 77,8 % < 80 % is CHƯA ĐẠT, names the 1 more chỉ tiêu needed, exit 1")
    void failingSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, FAILING);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("KẾT QUẢ: CHƯA ĐẠT — 7/9 chỉ tiêu đạt = 77,8 % < 80 % — cần ít nhất 8/9, "
                        + "tức thêm ít nhất 1 chỉ tiêu đạt (đang không đạt: target-2, target-6); đạt đủ 2 điều kiện\n")
                .contains("Vụ phạm tội được điều tra khám phá: 18/24 vụ = 75 % (yêu cầu từ 80 % trở lên)")
                .contains("Còn thiếu: thiếu 2 vụ (cần ít nhất 20/24 vụ)")
                .contains("Người tái phạm tội: 3/20 người = 15 % (yêu cầu dưới 15 %)")
                .contains("Còn thiếu: vượt 1 người (tối đa 2/20 người)");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Đạt] target-1",
                        "[Không đạt] target-2",
                        "[Đạt] target-3",
                        "[Đạt] target-4",
                        "[Đạt] target-5",
                        "[Không đạt] target-6",
                        "[Đạt] target-7",
                        "[Đạt] target-8",
                        "[Đạt] target-9",
                        "[Đạt] condition-1",
                        "[Đạt] condition-2");
    }

    @Test
    @DisplayName("A commune at 7/9 with one chỉ tiêu lacking data could be 7/9 or 8/9: CHƯA ĐỦ DỮ LIỆU, exit 3")
    void undecidedSample() {
        Run run = Run.of("evaluate", "--plan", PLAN, UNDECIDED);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out())
                .contains("KẾT QUẢ: CHƯA ĐỦ DỮ LIỆU — 7/9 chỉ tiêu đạt, 1 chỉ tiêu thiếu dữ liệu (target-4): "
                        + "từ 77,8 % đến 88,9 % tùy số liệu còn thiếu — đủ 80 % nếu ít nhất 1/1 chỉ tiêu thiếu dữ liệu đạt "
                        + "(cần ít nhất 8/9); đạt đủ 2 điều kiện\n")
                .contains("chưa có số liệu wanted_persons_caught (Đối tượng truy nã bị bắt, vận động đầu thú)")
                .contains("Cần bổ sung số liệu: wanted_persons_caught\n");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Đạt] target-1",
                        "[Đạt] target-2",
                        "[Đạt] target-3",
                        "[Thiếu dữ liệu] target-4",
                        "[Đạt] target-5",
                        "[Không đạt] target-6",
                        "[Đạt] target-7",
                        "[Đạt] target-8",
                        "[Đạt] target-9",
                        "[Đạt] condition-1",
                        "[Đạt] condition-2");
    }

    @Test
    @DisplayName("--format json carries the count in decision, the groups target and condition, and the missing fact")
    void jsonVerdict() throws IOException {
        Run run = Run.of("evaluate", "--plan", PLAN, "--format", "json", UNDECIDED);
        assertThat(run.exit()).isEqualTo(3);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.at("/plan/id").asText()).isEqualTo("7488-KH-UBND-2017");
        assertThat(verdict.get("outcome").asText()).isEqualTo("INDETERMINATE");
        assertThat(verdict.get("label").asText()).isEqualTo("CHƯA ĐỦ DỮ LIỆU");
        assertThat(verdict.get("decision").asText())
                .startsWith("7/9 chỉ tiêu đạt, 1 chỉ tiêu thiếu dữ liệu (target-4): " + "từ 77,8 % đến 88,9 %");
        List<String> criteria = new ArrayList<>();
        verdict.get("criteria")
                .forEach(c -> criteria.add(c.get("id").asText() + "/"
                        + c.get("group").asText() + "=" + c.get("status").asText()));
        assertThat(criteria)
                .containsExactly(
                        "target-1/target=PASS",
                        "target-2/target=PASS",
                        "target-3/target=PASS",
                        "target-4/target=MISSING",
                        "target-5/target=PASS",
                        "target-6/target=FAIL",
                        "target-7/target=PASS",
                        "target-8/target=PASS",
                        "target-9/target=PASS",
                        "condition-1/condition=PASS",
                        "condition-2/condition=PASS");
        JsonNode recidivism = verdict.at("/criteria/5");
        assertThat(recidivism.get("reason").asText())
                .isEqualTo("Người tái phạm tội: 3/20 người = 15 % (yêu cầu dưới 15 %)");
        assertThat(recidivism.get("shortfall").asText()).isEqualTo("vượt 1 người (tối đa 2/20 người)");
        assertThat(recidivism.at("/source/quote").asText())
                .isEqualTo("Giảm tỷ lệ tái phạm tội trong số người chấp hành "
                        + "xong án phạt tù và đặc xá về cư trú tại địa bàn xuống dưới 15%");
        assertThat(verdict.get("missing_facts")).hasSize(1);
        assertThat(verdict.at("/missing_facts/0").asText()).isEqualTo("wanted_persons_caught");
    }

    @Test
    @DisplayName("--lang en states the count in English notation")
    void english() {
        Run run = Run.of("evaluate", "--plan", PLAN, "--lang", "en", FAILING);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("OUTCOME: NOT ACHIEVED — target criteria met: 7/9 = 77.8 % < 80 % — at least 8/9 "
                        + "needed, so at least 1 more must be met (not met: target-2, target-6); all 2 conditions met");
    }

    @Test
    @DisplayName("The three samples together exit 1, since one commune failed")
    void batch() {
        assertThat(Run.of("evaluate", "--plan", PLAN, PASSING, FAILING, UNDECIDED)
                        .exit())
                .isEqualTo(1);
        assertThat(Run.of("evaluate", "--plan", PLAN, PASSING, UNDECIDED).exit())
                .isEqualTo(3);
    }

    @Test
    @DisplayName("A year outside 31/07/2017 – 31/12/2020 exits 2 naming the period; 2017 and 2020 are evaluated")
    void yearOutsideThePlan(@TempDir Path dir) throws IOException {
        for (int year : List.of(2016, 2021)) {
            Path file = withYear(dir, year);
            Run run = Run.of("evaluate", "--plan", PLAN, file.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip())
                    .isEqualTo(file + ": $.year: năm " + year + " nằm ngoài thời gian hiệu lực "
                            + "của kế hoạch 7488-KH-UBND-2017 (31/07/2017 – 31/12/2020)");
            assertThat(Run.of("evaluate", "--plan", PLAN, "--lang", "en", file.toString())
                            .err())
                    .contains("the year " + year
                            + " is outside the period of plan 7488-KH-UBND-2017 (31/07/2017 – 31/12/2020)");
        }
        for (int year : List.of(2017, 2020)) {
            Run run = Run.of("evaluate", "--plan", PLAN, withYear(dir, year).toString());
            assertThat(run.exit()).as("year %d", year).isEqualTo(0);
            assertThat(run.out()).contains("— năm " + year + " —");
        }
    }

    @Test
    @DisplayName("explain shows the 80 % rule, the nine chỉ tiêu with their sources and the two conditions")
    void explain() {
        Run run = Run.of("explain", PLAN);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out())
                .contains("Hiệu lực: 31/07/2017 – 31/12/2020")
                .contains("Quy tắc kết luận: Địa bàn chuyển hóa thành công khi đạt từ 80 % số chỉ tiêu áp dụng trở lên")
                .contains("8/9 là đạt, 7/9 là chưa đạt")
                .contains(
                        "target-6 · chỉ tiêu · Tỷ lệ tái phạm tội trong số người chấp hành xong án phạt tù, đặc xá dưới 15 %")
                .contains(
                        "Yêu cầu: Dưới 15 % người chấp hành xong án phạt tù, đặc xá về cư trú tại địa bàn tái phạm tội; "
                                + "đúng 15 % là không đạt")
                .contains("wanted_persons_caught — Số đối tượng truy nã bị bắt, vận động đầu thú (đối tượng)")
                .contains("condition-2 · điều kiện · Không để phức tạp nổi lên về TTATXH")
                .contains(
                        "Nguồn: KH 7488/KH-UBND ngày 31/7/2017, III.4: “Địa bàn đạt 80% các chỉ tiêu của Đề án trở lên, "
                                + "trong đó giảm cơ bản tội phạm và tệ nạn xã hội”");
        List<String> headings = run.out()
                .lines()
                .filter(l -> l.startsWith("target-") || l.startsWith("condition-"))
                .map(l -> l.substring(0, l.indexOf(" · ", l.indexOf(" · ") + 3)))
                .toList();
        assertThat(headings)
                .containsExactly(
                        "target-1 · chỉ tiêu",
                        "target-2 · chỉ tiêu",
                        "target-3 · chỉ tiêu",
                        "target-4 · chỉ tiêu",
                        "target-5 · chỉ tiêu",
                        "target-6 · chỉ tiêu",
                        "target-7 · chỉ tiêu",
                        "target-8 · chỉ tiêu",
                        "target-9 · chỉ tiêu",
                        "condition-1 · điều kiện",
                        "condition-2 · điều kiện");
    }

    /** "[Đạt] target-1" for each criterion block, in order. */
    private static List<String> statusLines(String out) {
        return out.lines()
                .filter(l -> l.startsWith("["))
                .map(l -> l.substring(0, l.indexOf(" · ")))
                .toList();
    }

    private static Path withYear(Path dir, int year) throws IOException {
        Path file = dir.resolve(year + ".json");
        String passing = Files.readString(Path.of(PASSING), StandardCharsets.UTF_8);
        assertThat(passing).contains("\"year\": 2018");
        Files.writeString(file, passing.replace("\"year\": 2018", "\"year\": " + year), StandardCharsets.UTF_8);
        return file;
    }
}
