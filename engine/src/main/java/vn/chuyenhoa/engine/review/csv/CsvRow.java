package vn.chuyenhoa.engine.review.csv;

import java.util.List;
import vn.chuyenhoa.engine.InputError;

/**
 * Where an area sits in a CSV file, and how to point at its cells. Rows are numbered as a spreadsheet numbers
 * them (the header is row 1), so that row 7 is row 7 in Excel; an error about a cell is placed at
 * {@code $[7].households} and names the cell ("ô E7").
 *
 * @param number  the row, as a spreadsheet shows it
 * @param columns the header's column names, in order
 */
public record CsvRow(int number, List<String> columns) {
    public CsvRow {
        columns = List.copyOf(columns);
    }

    /** {@code $[7]}, or {@code $[7].households} for a column. */
    public String path(String column) {
        return "$[" + number + "]" + (column == null ? "" : "." + column);
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
        return letters.toString() + number;
    }
}
