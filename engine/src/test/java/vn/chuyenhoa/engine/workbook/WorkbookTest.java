package vn.chuyenhoa.engine.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.render.ReviewCsv;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.testing.Options;
import vn.chuyenhoa.engine.testing.TestPlan;

/**
 * Workbooks both ways, each checked with Apache POI, a reader that shares no code with the fastexcel we write and
 * read with: the template a district fills, the areas read back from it with every error at its sheet and cell, and
 * the review written as a workbook whose sheet of areas is the CSV's table with numbers as numbers.
 */
class WorkbookTest {
    private static byte[] template(Integer year) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(PlanForm.of(TestPlan.PLAN), "TEST-REVIEW", year, Language.VI, out);
        return out.toByteArray();
    }

    /** The template with {@code rows} filled in by POI from row 2 on: name, then households, households_reached. */
    private static byte[] filled(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(2019)))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    int column = c == 0 ? 1 : 5 + c;
                    Object value = values.get(c);
                    Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> errors(AreaInput input) {
        return input.errors().stream().map(e -> e.message(Language.VI)).toList();
    }

    @Test
    @DisplayName("The template: a row per area with the plan, province, types and year filled in, a column per fact,"
            + " and the fact's meaning and unit as the header's comment")
    void templateForADistrict() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(2019)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Số liệu");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header)
                    .containsExactly(
                            "plan",
                            "name",
                            "district",
                            "province",
                            "types",
                            "year",
                            "households",
                            "households_reached");
            assertThat(sheet.getCellComment(new org.apache.poi.ss.util.CellAddress("G1"))
                            .getString()
                            .getString())
                    .startsWith(
                            TestPlan.PLAN.catalog().get("households").meaning().in(Language.VI))
                    .contains("Số nguyên ≥ 0, đơn vị: hộ");
            assertThat(sheet.getLastRowNum()).isEqualTo(TemplateWorkbook.ROWS);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("TEST-REVIEW");
            assertThat(first.getCell(1)).isNull();
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Đồng Nai");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("TTATXH");
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2019.0);
        }
        // Without a year, the last year of the plan's period (2019-01-01 … 2020-12-31).
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(null)))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue())
                    .isEqualTo(2020.0);
        }
    }

    @Test
    @DisplayName(
            "The filled template reads back: numbers as numbers, \"1.850\" typed as text is 1850, an empty cell is a"
                    + " missing fact, rows left unused are skipped, and each error names its sheet and cell")
    void filledTemplateReadsBack() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(java.util.Arrays.asList("Xã Long Tân", 100, 100));
        rows.add(java.util.Arrays.asList("Xã Hóa An", "1.850", null));
        rows.add(java.util.Arrays.asList("Xã Bình An", 100, 99.5));
        rows.add(java.util.Arrays.asList("Xã Tân Hạnh", 100, "một trăm"));
        List<AreaInput> areas = WorkbookAreas.read(TestPlan.READER, "so-ket.xlsx", filled(rows));
        assertThat(areas).hasSize(4);
        assertThat(areas.get(0).facts().area().name()).isEqualTo("Xã Long Tân");
        assertThat(areas.get(0).facts().area().province()).isEqualTo("Đồng Nai");
        assertThat(areas.get(0).facts().year()).isEqualTo(2019);
        assertThat(areas.get(0).facts().facts()).isEqualTo(Map.of("households", 100L, "households_reached", 100L));
        assertThat(areas.get(0).row().number()).isEqualTo(2);
        assertThat(areas.get(1).facts().facts()).isEqualTo(Map.of("households", 1850L));
        assertThat(errors(areas.get(2)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("so-ket.xlsx: $['Số liệu'][4].households_reached: ")
                .endsWith("(ô 'Số liệu'!H4)");
        assertThat(errors(areas.get(3)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("so-ket.xlsx: $['Số liệu'][5].households_reached: ")
                .contains("\"một trăm\"")
                .endsWith("(ô 'Số liệu'!H5)");
        assertThat(areas.get(3).area().name()).isEqualTo("Xã Tân Hạnh");
    }

    @Test
    @DisplayName(
            "A sheet written by hand: TRUE/FALSE cells, a header without a name column, and Sheet1!E7 in the message")
    void sheetWrittenByHand() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            String[] header = {"name", "district", "province", "types", "households", "year"};
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r < 7; r++) {
                sheet.createRow(r); // blank rows in between are skipped, and rows keep Excel's numbers
            }
            Row row = sheet.createRow(6);
            row.createCell(0).setCellValue("Xã Long Tân");
            row.createCell(3).setCellValue("TTATXH");
            row.createCell(4).setCellValue(-3);
            row.createCell(5).setCellValue(2019);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            content = out.toByteArray();
        }
        List<AreaInput> areas = WorkbookAreas.read(TestPlan.READER, "huyen.xlsx", content);
        assertThat(areas).hasSize(1);
        assertThat(errors(areas.get(0)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("huyen.xlsx: $['Sheet1'][7].households: ")
                .endsWith("(ô Sheet1!E7)");
    }

    @Test
    @DisplayName("A file that is not a workbook, or an old .xls, is one invalid input saying how to save it")
    void notAWorkbook() {
        List<AreaInput> text =
                WorkbookAreas.read(TestPlan.READER, "so-ket.xlsx", "name;year\n".getBytes(StandardCharsets.UTF_8));
        assertThat(errors(text.get(0)))
                .containsExactly("so-ket.xlsx: $: không đọc được tệp Excel: tệp không phải sổ làm việc .xlsx — trong"
                        + " Excel chọn Lưu thành → \"Sổ làm việc Excel (*.xlsx)\"");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(errors(WorkbookAreas.read(TestPlan.READER, "cu.xlsx", ole2).get(0)))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Excel 97–2003 (.xls)");
    }

    private static final ReviewResult REVIEW = TestPlan.review(
            TestPlan.csv(TestPlan.HEADER + "\n"
                    + "Xã Long Tân;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;100\n"
                    + "=HYPERLINK(\"x\");Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;99\n"
                    + "Xã Bình An;Thành phố Biên Hòa;Đồng Nai;TTATXH;2019;100;\n"
                    + "Xã Hóa An;Thành phố Biên Hòa;Đồng Nai;TTATXH;2019;100;một trăm\n"),
            new ProvinceFigures(170L, null, null));

    private static byte[] reviewWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReviewWorkbook(Language.VI, Options.SPELLING).write(REVIEW, out);
        return out.toByteArray();
    }

    @Test
    @DisplayName(
            "The review as a workbook: its sheet of areas is the CSV's table cell for cell, rows and years are numbers,"
                    + " a name like a formula stays text; the summary counts; a row per area and criterion")
    void reviewAsAWorkbook() throws IOException {
        StringWriter csv = new StringWriter();
        new ReviewCsv(Language.VI, Options.SPELLING, ';').write(REVIEW, csv);
        List<String> csvLines = List.of(csv.toString().substring(1).split("\r\n"));
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(reviewWorkbook()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
            Sheet areas = workbook.getSheet("Địa bàn");
            assertThat(areas.getLastRowNum() + 1).isEqualTo(csvLines.size());
            for (int r = 0; r <= areas.getLastRowNum(); r++) {
                Row row = areas.getRow(r);
                List<String> cells = new ArrayList<>();
                int width = csvLines.get(0).split(";", -1).length;
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    String text = cell == null ? "" : shown.formatCellValue(cell);
                    cells.add(vn.chuyenhoa.engine.review.csv.Csv.cell(text, ';'));
                }
                assertThat(String.join(";", cells)).as("row %d", r + 1).isEqualTo(csvLines.get(r));
            }
            assertThat(areas.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(areas.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(areas.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(areas.getRow(2).getCell(4).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            Sheet summary = workbook.getSheet("Tổng hợp");
            Row total = null;
            for (Row row : summary) {
                Cell first = row.getCell(0);
                if (first != null
                        && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals("Toàn tỉnh Đồng Nai")) {
                    total = row;
                }
            }
            assertThat(total).as("the province's row").isNotNull();
            List<Double> counts = new ArrayList<>();
            for (int c = 2; c <= 6; c++) {
                counts.add(total.getCell(c).getNumericCellValue());
            }
            assertThat(counts).containsExactly(1.0, 1.0, 1.0, 1.0, 4.0);
            Sheet criteria = workbook.getSheet("Tiêu chí");
            assertThat(criteria.getLastRowNum()).isEqualTo(3); // three areas evaluated, one criterion each
            assertThat(shown.formatCellValue(criteria.getRow(2).getCell(10))).isEqualTo("Không đạt");
            assertThat(shown.formatCellValue(criteria.getRow(2).getCell(12)))
                    .isEqualTo("thiếu 1 hộ (cần ít nhất 100/100 hộ)");
        }
    }

    @Test
    @DisplayName("Same review, same bytes: every zip entry dated 1980-01-01 and no creation date in the properties")
    void sameBytes() throws IOException {
        byte[] first = reviewWorkbook();
        assertThat(reviewWorkbook()).isEqualTo(first);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo("1980-01-01T00:00");
                String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(entry.getName()).doesNotContain("dcterms:created");
            }
            assertThat(entries).isGreaterThan(5);
        }
    }
}
