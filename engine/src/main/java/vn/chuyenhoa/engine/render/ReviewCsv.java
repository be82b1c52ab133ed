package vn.chuyenhoa.engine.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.csv.Csv;

/**
 * A review as a spreadsheet: one row per input, in the order given — where it came from, the area, its outcome
 * and why, the criteria it failed, the facts it lacks, the outcome under another reading of the plan where it
 * differs, or its error — then a column per criterion of the plans
 * with its status. Written for Excel: a UTF-8 byte-order mark (without it Excel reads the file in the Windows
 * code page and garbles every Vietnamese letter), CRLF line ends, and {@code ;} between cells by default, the list
 * separator of Windows under the Vietnamese regional setting (whose decimal separator is the comma), so that a
 * double-click opens it in columns; {@code ,} for an English regional setting.
 */
public final class ReviewCsv {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE = "\r\n";

    private final Language language;
    private final Spelling spelling;
    private final char separator;

    public ReviewCsv(Language language, Spelling spelling, char separator) {
        if (separator != ';' && separator != ',') {
            throw new IllegalArgumentException("the separator is ';' or ',', not '" + separator + "'");
        }
        this.language = language;
        this.spelling = spelling;
        this.separator = separator;
    }

    public void write(ReviewResult review, Writer out) {
        List<Plan> plans = review.summary().plans();
        List<String> header = new ArrayList<>(List.of(
                words("Tệp", "File"),
                words("Dòng", "Row"),
                words("Tỉnh", "Province"),
                words("Huyện", "District"),
                words("Địa bàn", "Area"),
                words("Năm", "Year"),
                words("Kế hoạch", "Plan"),
                words("Kết quả", "Outcome"),
                words("Lý do", "Reason"),
                words("Tiêu chí không đạt", "Criteria not met"),
                words("Số liệu còn thiếu", "Facts needed"),
                words("Kết quả theo cách hiểu khác", "Outcome under another reading"),
                words("Lỗi", "Error")));
        for (Plan plan : plans) {
            for (CriterionDefinition criterion : plan.manifest().criteria()) {
                header.add((plans.size() > 1 ? plan.id() + " " : "") + criterion.id());
            }
        }
        try {
            out.write(BYTE_ORDER_MARK);
            line(out, header);
            for (AreaResult result : review.areas()) {
                line(out, row(result, plans));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> row(AreaResult result, List<Plan> plans) {
        AreaInput input = result.input();
        Area area = input.area();
        Verdict verdict = result.verdict();
        List<String> cells = new ArrayList<>(List.of(
                input.file(),
                input.row() == null ? "" : String.valueOf(input.row().number()),
                area == null || area.province() == null ? "" : area.province(),
                area == null || area.district() == null ? "" : area.district(),
                area == null || area.name() == null ? "" : area.name(),
                input.readable() ? String.valueOf(input.facts().year()) : "",
                result.plan() == null ? "" : result.plan().manifest().reference(),
                verdict == null
                        ? AreaResult.invalidLabel(language)
                        : verdict.outcome().label(language) + VerdictText.interimMark(verdict.interim(), language),
                verdict == null ? "" : verdict.decision().reason(language),
                verdict == null
                        ? ""
                        : verdict.criteria().stream()
                                .filter(c -> c.status() == Status.FAIL)
                                .map(c -> c.definition().id())
                                .collect(Collectors.joining(", ")),
                verdict == null ? "" : String.join(", ", verdict.missingFacts()),
                verdict == null
                        ? ""
                        : verdict.readings().stream()
                                .map(r -> VerdictText.otherwise(r, language))
                                .collect(Collectors.joining("; ")),
                result.errors().stream()
                        .map(e -> e.inFile(null).message(language, spelling))
                        .collect(Collectors.joining(" | "))));
        for (Plan plan : plans) {
            for (CriterionDefinition definition : plan.manifest().criteria()) {
                cells.add(verdict == null || result.plan() != plan ? "" : status(verdict.criterion(definition.id())));
            }
        }
        return cells;
    }

    private String status(CriterionVerdict criterion) {
        return criterion.status().label(language);
    }

    private void line(Writer out, List<String> cells) throws IOException {
        out.write(
                cells.stream().map(c -> Csv.cell(c, separator)).collect(Collectors.joining(String.valueOf(separator))));
        out.write(LINE);
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }
}
