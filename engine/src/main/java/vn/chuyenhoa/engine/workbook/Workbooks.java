package vn.chuyenhoa.engine.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * What every workbook we write shares: its media type, and bytes that depend on the content alone. fastexcel stamps
 * each zip entry and the document's creation date with the current time; both are replaced here, so that the same
 * review or template gives the same file byte for byte (DESIGN 1.4), as the CSV and the HTML report do.
 */
public final class Workbooks {
    /** The media type of an .xlsx workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Every entry's time: the earliest a zip file can carry, so that it says nothing of when the file was made. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private static final String CORE_PROPERTIES = "docProps/core.xml";

    private Workbooks() {}

    /** What goes into a workbook. */
    interface Content {
        void fill(Workbook workbook) throws IOException;
    }

    /** Writes the workbook {@code content} fills to {@code out}, without the time it was made. */
    static void write(Content content, OutputStream out) throws IOException {
        ByteArrayOutputStream made = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(made, "chuyenhoa", null);
        content.fill(workbook);
        workbook.finish();
        withoutTimes(made.toByteArray(), out);
    }

    /** The same zip with every entry at {@link #ENTRY_TIME} and no creation date in the document's properties. */
    private static void withoutTimes(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out, StandardCharsets.UTF_8);
        copy.setLevel(Deflater.DEFAULT_COMPRESSION);
        // Read through the central directory: fastexcel's zip gives sizes only after each entry's data.
        try (ZipFile in = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                .get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                if (entry.getName().equals(CORE_PROPERTIES)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(ENTRY_TIME);
                copy.putNextEntry(fixed);
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        copy.finish();
        copy.flush();
    }

    /** A bold header row at {@code row}, kept in view while the rows below scroll. */
    static void header(Worksheet sheet, int row, java.util.List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            sheet.value(row, c, cells.get(c));
        }
        if (!cells.isEmpty()) {
            sheet.range(row, 0, row, cells.size() - 1)
                    .style()
                    .bold()
                    .fillColor("E8EEF4")
                    .wrapText(true)
                    .set();
        }
    }

    /** A cell's value: text, a whole number as a number, or nothing for null. */
    static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value != null && !value.toString().isEmpty()) {
            sheet.value(row, column, value.toString());
        }
    }
}
