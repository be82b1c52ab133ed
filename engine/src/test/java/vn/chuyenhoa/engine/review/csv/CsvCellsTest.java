package vn.chuyenhoa.engine.review.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A cell of the CSV for Excel: never a formula, never longer than Excel holds. */
class CsvCellsTest {
    @Test
    @DisplayName("A cell starting with = + - @, also after spaces, a tab or a line break, or starting with a tab or a"
            + " carriage return, gets a leading apostrophe; a name that only contains one does not")
    void formulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")", ';')).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+1", ';')).isEqualTo("'+1");
        assertThat(Csv.cell("@SUM(A1)", ';')).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("  =1+1", ';')).isEqualTo("'  =1+1");
        assertThat(Csv.cell("\t-2+3", ';')).isEqualTo("'\t-2+3");
        assertThat(Csv.cell("\r\n=cmd|' /C calc'!A0", ';')).isEqualTo("\"'\r\n=cmd|' /C calc'!A0\"");
        assertThat(Csv.cell("\tXã Bình", ';')).isEqualTo("'\tXã Bình");
        assertThat(Csv.cell("\rXã Bình", ';')).isEqualTo("\"'\rXã Bình\"");
        assertThat(Csv.cell("Xã = Bình - An", ';')).isEqualTo("Xã = Bình - An");
        assertThat(Csv.cell("", ';')).isEmpty();
    }

    @Test
    @DisplayName("A cell longer than Excel's 32 767 characters is cut to them, ending in …, never between the halves"
            + " of a character")
    void excelLimit() {
        String cut = Csv.cell("a".repeat(40_000), ';');
        assertThat(cut).hasSize(32_767).endsWith("a…");
        String emoji = Csv.cell("a".repeat(32_765) + "😀😀", ';');
        assertThat(emoji).hasSize(32_766).endsWith("a…");
        String quoted = Csv.cell("\"".repeat(40_000), ';');
        assertThat(quoted.substring(1, quoted.length() - 1).replace("\"\"", "\""))
                .hasSize(32_767);
        assertThat(Csv.cell("a".repeat(32_767), ';')).hasSize(32_767).doesNotContain("…");
    }
}
