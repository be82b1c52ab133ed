package vn.chuyenhoa.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

/**
 * A review as a table with a row per input, in the order given — where it came from, the area, its outcome and
 * why, the criteria it failed, the facts it lacks, the outcome under another reading of the plan where it differs,
 * or its error — then a column per criterion of the plans with its
 * status. The CSV for Excel ({@link ReviewCsv}) and the workbook's sheet of areas write this one table, so the two
 * cannot say different things. A cell is text, a whole number (the row, the year) or null when empty.
 */
public final class ReviewTable {
    private final Language language;
    private final Spelling spelling;

    public ReviewTable(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
    }

    public List<String> header(ReviewResult review) {
        List<Plan> plans = review.summary().plans();
        List<String> header = new ArrayList<>(List.of(
                language.pick("Tệp", "File"),
                language.pick("Dòng", "Row"),
                language.pick("Tỉnh", "Province"),
                language.pick("Huyện", "District"),
                language.pick("Địa bàn", "Area"),
                language.pick("Năm", "Year"),
                language.pick("Kế hoạch", "Plan"),
                language.pick("Kết quả", "Outcome"),
                language.pick("Lý do", "Reason"),
                language.pick("Tiêu chí không đạt", "Criteria not met"),
                language.pick("Số liệu còn thiếu", "Facts needed"),
                language.pick("Kết quả theo cách hiểu khác", "Outcome under another reading"),
                language.pick("Lỗi", "Error")));
        for (Plan plan : plans) {
            for (CriterionDefinition criterion : plan.manifest().criteria()) {
                header.add((plans.size() > 1 ? plan.id() + " " : "") + criterion.id());
            }
        }
        return header;
    }

    /** The cells of one input's row, as many as the header has. */
    public List<Object> row(AreaResult result, List<Plan> plans) {
        AreaInput input = result.input();
        Area area = input.area();
        Verdict verdict = result.verdict();
        List<Object> cells = new ArrayList<>();
        cells.add(input.file());
        cells.add(input.row() == null ? null : input.row().number());
        cells.add(area == null ? null : area.province());
        cells.add(area == null ? null : area.district());
        cells.add(area == null ? null : area.name());
        cells.add(input.readable() ? input.facts().year() : null);
        cells.add(result.plan() == null ? null : result.plan().manifest().reference());
        cells.add(
                verdict == null
                        ? AreaResult.invalidLabel(language)
                        : verdict.label(language) + VerdictText.interimMark(verdict.interim(), language));
        cells.add(verdict == null ? null : verdict.decision().reason(language));
        cells.add(
                verdict == null
                        ? null
                        : verdict.criteria().stream()
                                .filter(c -> c.status() == Status.FAIL)
                                .map(c -> c.definition().id())
                                .collect(Collectors.joining(", ")));
        cells.add(verdict == null ? null : String.join(", ", verdict.missingFacts()));
        cells.add(
                verdict == null
                        ? null
                        : verdict.readings().stream()
                                .map(r -> VerdictText.otherwise(verdict, r, language))
                                .collect(Collectors.joining("; ")));
        cells.add(result.errors().stream()
                .map(e -> e.inFile(null).message(language, spelling))
                .collect(Collectors.joining(" | ")));
        for (Plan plan : plans) {
            for (CriterionDefinition definition : plan.manifest().criteria()) {
                cells.add(
                        verdict == null || result.plan() != plan
                                ? null
                                : verdict.criterion(definition.id()).status().label(language));
            }
        }
        return cells;
    }
}
