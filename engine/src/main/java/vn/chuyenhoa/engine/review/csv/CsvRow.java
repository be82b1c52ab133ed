package vn.chuyenhoa.engine.review.csv;

import java.util.List;
import vn.chuyenhoa.engine.InputError;

/**
 * Where an area sits in a CSV file or a worksheet, and how to point at its cells. Rows are numbered as a
 * spreadsheet numbers them (the header is row 1), so that row 7 is row 7 in Excel; an error about a cell is placed
 * at {@code $[7].households} and names the cell ("ô E7"); in a workbook the sheet comes first:
 * {@code $['Sheet1'][7].households}, "ô Sheet1!E7", so that the analyst finds the cell whichever sheet it is on.
 *
 * @param number  the row, as a spreadsheet shows it
 * @param columns the header's column names, in order
 * @param sheet   the worksheet's name, or null for a CSV file
 */
public record CsvRow(int number, List<String> columns, String sheet) {
    public CsvRow {
        columns = List.copyOf(columns);
    }

    /** A row of a CSV file, which has no sheets. */
    public CsvRow(int number, List<String> columns) {
        this(number, columns, null);
    }

    /** {@code $[7]}, or {@code $[7].households} for a column; in a workbook {@code $['Sheet1'][7]…}. */
    public String path(String column) {
        String sheetPart = sheet == null ? "" : "['" + sheet.replace("'", "''") + "']";
        return "$" + sheetPart + "[" + number + "]" + (column == null ? "" : "." + column);
    }

    /**
     * The same error, in the file, at the row and column it is about: {@code $.facts.households},
     * {@code $.area.name} and {@code $.year} of the facts read from the row become {@code $[7].households},
     * {@code $[7].name} and {@code $[7].year}, and the message names the cell. Errors about a parameter of the
     * request (the plan asked for) are left as they are.
     */
    public InputError locate(InputError error) {
        String path = error.path();
        if (path == null || !path.startsWith("$")) {
            return error;
        }
        String column = column(path);
        String cell = column == null ? "" : cell(column);
        return error.at(
                path(column),
                cell.isEmpty()
                        ? error.text()
                        : (l, s) -> error.text(l, s) + l.pick(" (ô " + cell + ")", " (cell " + cell + ")"));
    }

    /** The column a path of the facts tree is about: {@code $.area.types[0]} → {@code types}; {@code $} → null. */
    private static String column(String path) {
        String rest = path.replaceFirst("^\\$\\.?", "")
                .replaceFirst("^(facts|area)\\.", "")
                .replaceFirst("\\[\\d+]$", "");
        return rest.isEmpty() || rest.equals("facts") || rest.equals("area") ? null : rest;
    }

    /** "E7": the spreadsheet's name of the cell in {@code column} of this row, or "" for a column not in the header. */
    private String cell(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sheetReference() + letters + number;
    }

    /** "Sheet1!" or "'Số liệu'!" as Excel writes a reference to another sheet (quoted unless a plain name). */
    private String sheetReference() {
        if (sheet == null) {
            return "";
        }
        return sheet.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
    }
}
