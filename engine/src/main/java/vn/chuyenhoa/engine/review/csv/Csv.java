package vn.chuyenhoa.engine.review.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes, CRLF or LF),
 * with the separator found from the header line: {@code ;} (what Excel writes under a Vietnamese or European
 * regional setting), {@code ,} or a tab. Excel's {@code sep=;} first line is honoured and not counted as a row.
 */
public final class Csv {
    private static final char[] SEPARATORS = {';', ',', '\t'};

    private Csv() {}

    /** The rows of a file, numbered from 1 as a spreadsheet shows them. */
    public record Table(char separator, List<Row> rows) {}

    public record Row(int number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A quote opened and never closed: everything after it would be one cell. */
    public static final class UnclosedQuote extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int row;

        UnclosedQuote(int row) {
            super("unclosed quote in row " + row);
            this.row = row;
        }
    }

    /** Parses {@code text} (already decoded, without a byte-order mark). */
    public static Table parse(String text) {
        int start = 0;
        Character declared = null;
        if (text.startsWith("sep=") && text.length() > 4) {
            declared = text.charAt(4);
            int end = text.indexOf('\n');
            start = end < 0 ? text.length() : end + 1;
        }
        char separator = declared != null ? declared : detect(text, start);
        return new Table(separator, rows(text, start, separator));
    }

    /** The separator that occurs most often outside quotes on the first line; {@code ;} on a tie. */
    private static char detect(String text, int start) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private static List<Row> rows(String text, int start, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean rowStarted = false;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i++);
            rowStarted = true;
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rows.size() + 1, List.copyOf(cells)));
                cells.clear();
                rowStarted = false;
            } else {
                // Excel keeps a stray quote inside an unquoted cell, and text after a closing quote, as written.
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UnclosedQuote(rows.size() + 1);
        }
        if (rowStarted) {
            cells.add(cell.toString());
            rows.add(new Row(rows.size() + 1, List.copyOf(cells)));
        }
        return rows;
    }

    /** The most characters a cell of Excel holds; a longer text would be cut by Excel, or the file refused. */
    public static final int EXCEL_CELL_LIMIT = 32_767;

    /**
     * One cell as written to a CSV file: quoted when it holds the separator, a quote or a line break. A cell that a
     * spreadsheet would take for a formula is prefixed with an apostrophe, so that an area's name can never run as one:
     * one starting with {@code = + - @}, also after spaces, tabs or line breaks, and one starting with a tab or a
     * carriage return (OWASP's "CSV injection"). A cell longer than Excel's {@value #EXCEL_CELL_LIMIT} characters is
     * cut, ending in "…".
     */
    public static String cell(String value, char separator) {
        if (value == null) {
            return "";
        }
        String text = formulaLike(value) ? "'" + value : value;
        if (text.length() > EXCEL_CELL_LIMIT) {
            int end = EXCEL_CELL_LIMIT - 1;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end) + "…";
        }
        if (text.indexOf(separator) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean formulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
            return true;
        }
        String rest = value.stripLeading();
        return !rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0;
    }
}
