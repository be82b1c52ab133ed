package vn.chuyenhoa.engine.review.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.review.AreaInput;

/**
 * Areas from a CSV file with one row per area: a header row, then the area's fields ({@code plan}, {@code name},
 * {@code district}, {@code province}, {@code types}, {@code year}) and its facts, each fact a column named as in
 * the catalog. Each row becomes the same JSON tree a facts file holds and is read by {@link FactsReader}, so every
 * check of a facts file applies to it; its errors are placed at the row and column ({@code $[7].households},
 * "ô E7"). An empty cell is a missing fact, never 0. A row that cannot be read is one invalid area, and the other
 * rows are still read; a file that cannot be read at all is one invalid input.
 */
public final class CsvAreas {
    /** The columns that describe the area rather than hold a fact. */
    public static final List<String> AREA_COLUMNS = List.of("plan", "name", "district", "province", "types", "year");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    /** 1.850 or 1,850 or 1 850: thousands grouped as a spreadsheet may write them, one separator throughout. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(([., \u00a0])\\d{3})(\\2\\d{3})*");

    private static final Pattern FRACTION = Pattern.compile("-?\\d+[.,]\\d+");
    private static final Pattern TYPE_SEPARATORS = Pattern.compile("[,;|\\s]+");

    private CsvAreas() {}

    /** Reads the rows of {@code content}; {@code file} names it in messages. */
    public static List<AreaInput> read(FactsReader reader, String file, byte[] content) {
        Csv.Table table;
        try {
            table = Csv.parse(decode(file, content));
        } catch (Csv.UnclosedQuote e) {
            return List.of(wholeFile(InputErrors.csvUnclosedQuote(file, e.row)));
        } catch (InvalidInputException e) {
            return List.of(AreaInput.invalid(file, null, e.errors(), null));
        }
        if (table.rows().isEmpty()) {
            return List.of(wholeFile(InputErrors.csvEmpty(file)));
        }
        List<Row> rows = table.rows().stream()
                .map(row ->
                        new Row(row.number(), row.cells().stream().map(Cell::of).toList()))
                .toList();
        return table(reader, file, null, rows);
    }

    /**
     * One cell of a table: its text as shown (trimmed, NFC; "" when empty) and the JSON value it stands for (null
     * when empty). A CSV cell's value comes from its text's shape ({@link #of}); a worksheet's cell may carry its
     * type (a number, true or false).
     */
    public record Cell(String text, JsonNode value) {
        /** A cell written as text: its value by its shape alone. */
        public static Cell of(String raw) {
            String text = clean(raw);
            return new Cell(text, text.isEmpty() ? null : CsvAreas.value(text));
        }

        boolean empty() {
            return value == null;
        }
    }

    /** A row of a table, numbered as a spreadsheet shows it (the header is row 1). */
    public record Row(int number, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        boolean blank() {
            return cells.stream().allMatch(Cell::empty);
        }
    }

    /**
     * The areas of a table whose first row is the header: a row per area, blank rows skipped. {@code sheet} names a
     * workbook's sheet in paths and cells (null for a CSV file). A column named twice makes the table one invalid
     * input: there is no sound way to read its rows.
     */
    public static List<AreaInput> table(FactsReader reader, String file, String sheet, List<Row> rows) {
        List<String> columns = rows.get(0).cells().stream().map(Cell::text).toList();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!column.isEmpty() && !seen.add(column)) {
                return List.of(wholeFile(InputErrors.csvColumnTwice(
                        file, new CsvRow(rows.get(0).number(), columns, sheet).path(column), column)));
            }
        }
        List<AreaInput> areas = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (!row.blank()) {
                areas.add(area(reader, file, new CsvRow(row.number(), columns, sheet), row.cells()));
            }
        }
        // A header alone reviews nothing, as a folder without facts files does: never a silent empty review.
        return areas.isEmpty() ? List.of(wholeFile(InputErrors.csvNoRows(file, sheet))) : areas;
    }

    private static AreaInput area(FactsReader reader, String file, CsvRow row, List<Cell> cells) {
        List<String> columns = row.columns();
        if (cells.size() > columns.size()
                && cells.subList(columns.size(), cells.size()).stream().anyMatch(c -> !c.empty())) {
            return invalid(
                    file, row, cells, InputErrors.csvRowTooLong(file, row.path(null), cells.size(), columns.size()));
        }
        ObjectNode tree = NODES.objectNode();
        ObjectNode area = tree.putObject("area");
        ObjectNode facts = NODES.objectNode();
        for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
            String column = columns.get(i);
            Cell cell = cells.get(i);
            if (cell.empty()) {
                continue;
            }
            String value = cell.text();
            if (column.isEmpty()) {
                return invalid(file, row, cells, InputErrors.csvUnnamedColumn(file, row.path(null), i + 1, value));
            }
            switch (column) {
                case "plan" -> tree.put("plan", value);
                case "name", "district", "province" -> area.put(column, value);
                case "types" -> {
                    ArrayNode types = area.putArray("types");
                    TYPE_SEPARATORS
                            .splitAsStream(value)
                            .filter(t -> !t.isEmpty())
                            .forEach(types::add);
                }
                case "year" -> tree.set("year", cell.value());
                default -> facts.set(column, cell.value());
            }
        }
        tree.set("facts", facts);
        try {
            return AreaInput.read(file, row, reader.read(file, JSON.writeValueAsBytes(tree)));
        } catch (InvalidInputException e) {
            return AreaInput.invalid(
                    file, row, e.errors().stream().map(row::locate).toList(), label(columns, cells));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    /**
     * A cell as the JSON value it stands for, by its shape alone: a whole number (grouped thousands allowed), a
     * fraction, true or false (có/không), else the text. Whether that value suits the column is the reader's check.
     */
    public static JsonNode value(String cell) {
        if (WHOLE.matcher(cell).matches()) {
            return NODES.numberNode(new BigInteger(cell));
        }
        if (GROUPED.matcher(cell).matches()) {
            return NODES.numberNode(new BigInteger(cell.replaceAll("[., \u00a0]", "")));
        }
        if (FRACTION.matcher(cell).matches()) {
            return NODES.numberNode(new BigDecimal(cell.replace(',', '.')));
        }
        String word = cell.toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("có")) {
            return NODES.booleanNode(true);
        }
        if (word.equals("false") || word.equals("không")) {
            return NODES.booleanNode(false);
        }
        return NODES.textNode(cell);
    }

    private static AreaInput invalid(String file, CsvRow row, List<Cell> cells, InputError error) {
        return AreaInput.invalid(file, row, List.of(error), label(row.columns(), cells));
    }

    /** The area a row names in its name, district and province cells, or null when it names none. */
    private static Area label(List<String> columns, List<Cell> cells) {
        String name = cell(columns, cells, "name");
        String district = cell(columns, cells, "district");
        String province = cell(columns, cells, "province");
        return name == null && district == null && province == null
                ? null
                : new Area(name, district, province, List.of());
    }

    private static String cell(List<String> columns, List<Cell> cells, String column) {
        int index = columns.indexOf(column);
        String value =
                index < 0 || index >= cells.size() ? "" : cells.get(index).text();
        return value.isEmpty() ? null : value;
    }

    /** Trimmed, and in the composed form (NFC) that facts files use, whatever the spreadsheet wrote. */
    public static String clean(String cell) {
        return Normalizer.normalize(cell.strip(), Normalizer.Form.NFC);
    }

    /**
     * The text of the file: UTF-8, with or without Excel's byte-order mark. Another encoding is refused with the
     * way to save the file right, since reading it as UTF-8 would garble every Vietnamese name.
     */
    private static String decode(String file, byte[] content) {
        int skip = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        if (content.length >= 2
                && ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe
                        || (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff)) {
            throw new InvalidInputException(InputErrors.csvNotUtf8(file, "UTF-16", "UTF-16"));
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(InputErrors.csvNotUtf8(file, "mã khác", "another encoding"));
        }
    }

    private static AreaInput wholeFile(InputError error) {
        return AreaInput.invalid(error.file(), null, List.of(error), null);
    }
}
