package vn.chuyenhoa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A district filling in the workbook that {@code template --format xlsx} made, as a person would in Excel: the
 * sample review's CSV rows typed into the template's rows by column name, figures as numbers and TRUE/FALSE as
 * Excel's booleans. Written with Apache POI, which shares no code with the fastexcel the program uses.
 */
final class DistrictWorkbook {
    private DistrictWorkbook() {}

    /** Fills {@code template} with the rows of {@code csv} (';'-separated, a header first) into {@code target}. */
    static void fill(Path template, Path csv, Path target) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> csvHeader =
                Arrays.asList(lines.get(0).replace("\uFEFF", "").split(";", -1));
        try (InputStream in = Files.newInputStream(template);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> columns = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> columns.add(cell.getStringCellValue()));
            for (int r = 1; r < lines.size(); r++) {
                String[] values = lines.get(r).split(";", -1);
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    int source = csvHeader.indexOf(columns.get(c));
                    if (source < 0 || values[source].isEmpty()) {
                        continue;
                    }
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    String value = values[source];
                    if (value.matches("\\d+")) {
                        cell.setCellValue(Long.parseLong(value));
                    } else if (value.equals("TRUE") || value.equals("FALSE")) {
                        cell.setCellValue(Boolean.parseBoolean(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
    }
}
