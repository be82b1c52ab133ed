package vn.chuyenhoa.engine.review.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.testing.TestPlan;

/** Areas from a spreadsheet's CSV: every facts-file check applies, and errors point at the row and cell. */
class CsvAreasTest {
    private static List<AreaInput> read(byte[] content) {
        return CsvAreas.read(TestPlan.READER, "so-ket.csv", content);
    }

    private static List<AreaInput> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(AreaInput input) {
        return input.errors().stream().map(e -> e.message(Language.VI)).toList();
    }

    @Test
    @DisplayName("Excel's CSV UTF-8 (byte-order mark, ';', CRLF) reads as facts files would, Vietnamese intact")
    void excelUtf8WithSemicolons() {
        byte[] content = ("\uFEFFname;district;province;types;year;households;households_reached\r\n"
                        + "Xã Phước Thiền;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;2140;2098\r\n")
                .getBytes(StandardCharsets.UTF_8);
        List<AreaInput> areas = read(content);
        assertThat(areas).hasSize(1);
        FactsFile facts = areas.get(0).facts();
        assertThat(facts.source()).isEqualTo("so-ket.csv");
        assertThat(facts.area().name()).isEqualTo("Xã Phước Thiền");
        assertThat(facts.area().district()).isEqualTo("Huyện Nhơn Trạch");
        assertThat(facts.area().types()).containsExactly("TTATXH");
        assertThat(facts.year()).isEqualTo(2019);
        assertThat(facts.facts()).isEqualTo(Map.of("households", 2140L, "households_reached", 2098L));
        assertThat(areas.get(0).row().number()).isEqualTo(2);
    }

    @Test
    @DisplayName("Commas, quoted cells with the separator inside, and an empty cell as a missing fact (never 0)")
    void commasQuotesAndEmptyCells() {
        List<AreaInput> areas = read("name,district,year,households,households_reached\n"
                + "\"Phường 5, khu A\",\"Thành phố \"\"Trà Vinh\"\"\",2023,1850,\n");
        FactsFile facts = areas.get(0).facts();
        assertThat(facts.area().name()).isEqualTo("Phường 5, khu A");
        assertThat(facts.area().district()).isEqualTo("Thành phố \"Trà Vinh\"");
        assertThat(facts.facts()).isEqualTo(Map.of("households", 1850L));
    }

    @Test
    @DisplayName(
            "Thousands grouped as a spreadsheet shows them (1.850, 1,850) are whole numbers; TRUE/FALSE and có/không are flags")
    void groupedNumbersAndFlags() {
        List<AreaInput> areas = read("name;year;households;households_reached;general_criteria_met\n"
                + "A;2019;1.850;1.849;TRUE\nB;2019;\"1,850\";12;không\n");
        assertThat(areas.get(0).facts().facts())
                .isEqualTo(Map.of("households", 1850L, "households_reached", 1849L, "general_criteria_met", true));
        assertThat(areas.get(1).facts().facts())
                .isEqualTo(Map.of("households", 1850L, "households_reached", 12L, "general_criteria_met", false));
    }

    @Test
    @DisplayName("A bad cell makes its row invalid at $[row].column, naming the cell; the other rows are read")
    void badCellsPlacedAtRowAndColumn() {
        List<AreaInput> areas = read("name;district;year;households;househods;households_reached\n"
                + "A;Huyện X;2019;10;;1,5\n"
                + "B;Huyện X;2019;10;3;\n"
                + "C;Huyện X;2019;10;;10\n");
        assertThat(areas).hasSize(3);
        assertThat(errors(areas.get(0)))
                .containsExactly(
                        "so-ket.csv: $[2].households_reached: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp số có phần lẻ 1.5 (ô F2)");
        assertThat(errors(areas.get(1)))
                .containsExactly(
                        "so-ket.csv: $[3].househods: số liệu không có trong danh mục: \"househods\" (ô E3) — có phải ý bạn là \"households\"?");
        assertThat(areas.get(1).errors()).extracting(InputError::path).containsExactly("$[3].househods");
        assertThat(areas.get(1).area().name()).isEqualTo("B");
        assertThat(areas.get(1).area().district()).isEqualTo("Huyện X");
        assertThat(areas.get(2).readable()).isTrue();
    }

    @Test
    @DisplayName("A part larger than its whole, text in a count, no name: each row's errors all at once")
    void everyErrorOfARow() {
        List<AreaInput> areas = read("name;year;households;households_reached;drug_cases\n;2019;10;11;bốn\n");
        assertThat(errors(areas.get(0)))
                .containsExactly(
                        "so-ket.csv: $[2].name: thiếu tên địa bàn (ô A2)",
                        "so-ket.csv: $[2].drug_cases: cần một số nguyên ≥ 0 (để null nếu chưa có số liệu), gặp \"bốn\" (ô E2)",
                        "so-ket.csv: $[2].households_reached: là một phần của households (10) nên không thể lớn hơn, gặp 11 (ô D2)");
    }

    @Test
    @DisplayName("Blank rows (Excel's trailing ;;;;) are skipped; a row with more cells than the header is invalid")
    void blankAndOverlongRows() {
        List<AreaInput> areas = read("name;year;households\nA;2019;5\n;;\nB;2019;5;7\n;;;\n");
        assertThat(areas).hasSize(2);
        assertThat(errors(areas.get(1)))
                .containsExactly("so-ket.csv: $[4]: dòng có 4 ô, nhiều hơn 3 cột của dòng tiêu đề");
    }

    @Test
    @DisplayName("Excel's sep= line names the separator and is not a row")
    void sepLine() {
        List<AreaInput> areas = read("sep=,\nname,year,households\n\"A;B\",2019,5\n");
        assertThat(areas.get(0).facts().area().name()).isEqualTo("A;B");
        assertThat(areas.get(0).row().number()).isEqualTo(2);
    }

    @Test
    @DisplayName("A file saved in the Windows code page (not UTF-8) is refused, saying how to save it from Excel")
    void windowsCodePageRefused() {
        byte[] content = "name;year\nXã Phước Thiền;2019\n".getBytes(Charset.forName("windows-1258"));
        List<AreaInput> areas = read(content);
        assertThat(areas).hasSize(1);
        assertThat(errors(areas.get(0)))
                .containsExactly("so-ket.csv: $: tệp CSV cần mã UTF-8 để giữ đúng tiếng Việt, "
                        + "gặp mã khác — trong Excel chọn Lưu thành → \"CSV UTF-8 (Comma delimited) (*.csv)\"");
        assertThat(areas.get(0).row()).isNull();
    }

    @Test
    @DisplayName("A column named twice, and an unclosed quote, make the whole file one invalid input")
    void wholeFileErrors() {
        assertThat(errors(read("name;year;year\nA;2019;2019\n").get(0)))
                .containsExactly("so-ket.csv: $[1].year: cột \"year\" có hai lần ở dòng tiêu đề");
        assertThat(errors(read("name;year\nA;2019\n\"B;2019\n").get(0)))
                .containsExactly("so-ket.csv: $[3]: dấu ngoặc kép mở ở dòng 3 không được đóng đến hết tệp");
    }

    @Test
    @DisplayName("A line break inside a quoted cell stays in the cell, and rows keep the spreadsheet's numbering")
    void lineBreakInsideACell() {
        List<AreaInput> areas = read("name;year;households\n\"Xã A\nkhu 2\";2019;5\nB;2019;x\n");
        assertThat(areas.get(0).facts().area().name()).isEqualTo("Xã A\nkhu 2");
        assertThat(areas.get(1).errors()).extracting(InputError::path).containsExactly("$[3].households");
    }
}
