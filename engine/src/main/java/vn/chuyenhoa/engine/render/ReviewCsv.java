package vn.chuyenhoa.engine.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.csv.Csv;

/**
 * A review as a spreadsheet: the table of {@link ReviewTable}, a row per input. Written for Excel: a UTF-8 byte-order mark (without it Excel reads the file in the Windows
 * code page and garbles every Vietnamese letter), CRLF line ends, and {@code ;} between cells by default, the list
 * separator of Windows under the Vietnamese regional setting (whose decimal separator is the comma), so that a
 * double-click opens it in columns; {@code ,} for an English regional setting.
 */
public final class ReviewCsv {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE = "\r\n";

    private final ReviewTable table;
    private final char separator;

    public ReviewCsv(Language language, Spelling spelling, char separator) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("the separator is ';' or ',', not '" + separator + "'");
        }
        this.table = new ReviewTable(language, spelling);
        this.separator = separator;
    }

    public void write(ReviewResult review, Writer out) {
        List<Plan> plans = review.summary().plans();
        try {
            out.write(BYTE_ORDER_MARK);
            line(out, table.header(review));
            for (AreaResult result : review.areas()) {
                line(out, table.row(result, plans));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(Writer out, List<?> cells) throws IOException {
        out.write(cells.stream()
                .map(c -> Csv.cell(c == null ? "" : c.toString(), separator))
                .collect(Collectors.joining(String.valueOf(separator))));
        out.write(LINE);
    }
}
