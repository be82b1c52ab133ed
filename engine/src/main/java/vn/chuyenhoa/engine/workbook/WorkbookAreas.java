package vn.chuyenhoa.engine.workbook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.csv.CsvAreas;
import vn.chuyenhoa.engine.review.csv.CsvAreas.Cell;

/**
 * Areas from an Excel workbook with one row per area, read as a CSV file is ({@link CsvAreas}: the same columns,
 * every check of a facts file, an empty cell a missing fact) with the cells' own types: a number cell is that
 * number, a TRUE/FALSE cell a flag, a text cell is read by its shape as in CSV ("2.140", "có"), a formula its last
 * computed value. Every visible sheet with a row in it is a table whose first row is the header; errors name the
 * sheet and cell ({@code $['Sheet1'][7].households}, "ô Sheet1!E7"). A row that holds nothing but what the template
 * fills in beforehand (plan, district, province, types, year), with no name and no figure, is a row left unused and
 * is skipped. A file that is not a workbook is one invalid input, with how to save it as one.
 */
public final class WorkbookAreas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The columns the template fills in on every row beforehand. */
    private static final List<String> PREFILLED = List.of("plan", "district", "province", "types", "year");

    private WorkbookAreas() {}

    public static List<AreaInput> read(FactsReader reader, String file, byte[] content) {
        byte[] head = Arrays.copyOf(content, Math.min(content.length, 8));
        if (ReadableWorkbook.isOLE2Header(head)) {
            return invalid(InputErrors.workbookUnreadable(
                    file, "đây là tệp Excel 97–2003 (.xls)", "this is an Excel 97–2003 file (.xls)"));
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            return invalid(InputErrors.workbookUnreadable(
                    file, "tệp không phải sổ làm việc .xlsx", "the file is not an .xlsx workbook"));
        }
        List<AreaInput> areas = new ArrayList<>();
        boolean anySheet = false;
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(false, true))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    continue;
                }
                List<CsvAreas.Row> rows = rows(sheet);
                if (!rows.isEmpty()) {
                    anySheet = true;
                    List<String> header =
                            rows.get(0).cells().stream().map(Cell::text).toList();
                    List<CsvAreas.Row> used = new ArrayList<>(List.of(rows.get(0)));
                    rows.subList(1, rows.size()).stream()
                            .filter(row -> !unused(header, row))
                            .forEach(used::add);
                    areas.addAll(CsvAreas.table(reader, file, sheet.getName(), used));
                }
            }
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException e) {
            return invalid(InputErrors.workbookUnreadable(
                    file,
                    "tệp hỏng hoặc có mật khẩu (" + e.getMessage() + ")",
                    "the file is damaged or password-protected (" + e.getMessage() + ")"));
        }
        return anySheet ? areas : invalid(InputErrors.workbookEmpty(file));
    }

    /** The sheet's rows that hold something, numbered as Excel numbers them. */
    private static List<CsvAreas.Row> rows(Sheet sheet) throws IOException {
        List<CsvAreas.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            stream.forEach(row -> {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
                    cells.add(cell == null ? new Cell("", null) : cell(cell));
                }
                CsvAreas.Row read = new CsvAreas.Row(row.getRowNum(), cells);
                if (cells.stream().anyMatch(c -> c.value() != null)) {
                    rows.add(read);
                }
            });
        }
        return rows;
    }

    /** A row with neither a name nor a figure: only what the template filled in beforehand, if anything. */
    private static boolean unused(List<String> header, CsvAreas.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String column = i < header.size() ? header.get(i) : "";
            if (row.cells().get(i).value() != null && !PREFILLED.contains(column)) {
                return false;
            }
        }
        return true;
    }

    /** A cell as the CSV reader would see its text, but with the type the workbook gives it. */
    private static Cell cell(org.dhatim.fastexcel.reader.Cell cell) {
        return switch (cell.getType()) {
            case EMPTY -> new Cell("", null);
            case NUMBER -> number((BigDecimal) cell.getValue());
            case BOOLEAN -> bool((Boolean) cell.getValue());
            case STRING -> Cell.of(String.valueOf(cell.getValue()));
            case ERROR -> text(cell.getRawValue());
            case FORMULA -> {
                Object value = cell.getValue();
                if (value instanceof BigDecimal number) {
                    yield number(number);
                } else if (value instanceof Boolean flag) {
                    yield bool(flag);
                } else if (value != null) {
                    yield Cell.of(value.toString());
                }
                // A formula never computed (a file written by a program, not saved by Excel): shown as written.
                yield text("=" + cell.getFormula());
            }
        };
    }

    /**
     * A number cell. Excel stores every number as a double, and other programs write a whole one as "2019.0": a
     * number without a fraction is that whole number, as the cell shows it; one with a fraction stays one (an
     * error for a count, as in a facts file).
     */
    private static Cell number(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return new Cell(
                plain.toPlainString(),
                plain.scale() <= 0 ? NODES.numberNode(plain.toBigIntegerExact()) : NODES.numberNode(plain));
    }

    private static Cell bool(Boolean flag) {
        return new Cell(flag ? "TRUE" : "FALSE", NODES.booleanNode(flag));
    }

    /** Text that no shape makes a number or a flag (an error value such as #DIV/0!, a formula). */
    private static Cell text(String text) {
        return new Cell(text, NODES.textNode(text));
    }

    private static List<AreaInput> invalid(InputError error) {
        return List.of(AreaInput.invalid(error.file(), null, List.of(error), null));
    }
}
