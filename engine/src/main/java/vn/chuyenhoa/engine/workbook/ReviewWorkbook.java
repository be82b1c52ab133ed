package vn.chuyenhoa.engine.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.render.ReviewTable;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.DistrictCounts;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewSummary;
import vn.chuyenhoa.engine.review.TargetResult;

/**
 * A review as an Excel workbook of three sheets: the summary (window, plans, counts by district and for the
 * province, the province's targets), the areas (the CSV's table, {@link ReviewTable}: a row per input) and the
 * criteria (a row per area and criterion, with its status, reason and shortfall). Counts, rows and years are numbers;
 * text stays text, so an area's name can never run as a formula.
 */
public final class ReviewWorkbook {
    private final Language language;
    private final Spelling spelling;
    private final ReviewTable table;

    public ReviewWorkbook(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
        this.table = new ReviewTable(language, spelling);
    }

    public void write(ReviewResult review, OutputStream out) throws IOException {
        Workbooks.write(
                workbook -> {
                    summary(workbook.newWorksheet(words("Tổng hợp", "Summary")), review);
                    areas(workbook.newWorksheet(words("Địa bàn", "Areas")), review);
                    criteria(workbook.newWorksheet(words("Tiêu chí", "Criteria")), review);
                },
                out);
    }

    private void summary(Worksheet sheet, ReviewResult review) {
        ReviewSummary summary = review.summary();
        sheet.value(0, 0, review.title(language));
        sheet.style(0, 0).bold().fontSize(java.math.BigDecimal.valueOf(14)).set();
        sheet.value(1, 0, words("Kỳ thống kê", "Statistics window"));
        Workbooks.cell(
                sheet, 1, 1, review.window() == null ? null : review.window().describe(language, spelling));
        sheet.value(2, 0, words("Kế hoạch", "Plans"));
        Workbooks.cell(
                sheet,
                2,
                1,
                summary.plans().stream().map(p -> p.manifest().reference()).collect(Collectors.joining(", ")));
        int row = 4;
        Workbooks.header(
                sheet,
                row,
                List.of(
                        words("Huyện", "District"),
                        words("Tỉnh", "Province"),
                        words("ĐẠT", "ACHIEVED"),
                        words("CHƯA ĐẠT", "NOT ACHIEVED"),
                        words("CHƯA ĐỦ DỮ LIỆU", "UNDECIDED"),
                        AreaResult.invalidLabel(language),
                        words("Tổng", "Total")));
        for (DistrictCounts district : summary.districts()) {
            counts(sheet, ++row, district.name(language), district.province(), district.counts());
        }
        counts(
                sheet,
                ++row,
                summary.province() == null
                        ? words("Tổng cộng", "All areas")
                        : words("Toàn tỉnh ", "Province of ") + summary.province(),
                null,
                summary.totals());
        sheet.range(row, 0, row, 6).style().bold().set();
        row += 2;
        Workbooks.header(
                sheet,
                row,
                List.of(
                        words("Kế hoạch", "Plan"),
                        words("Chỉ tiêu của tỉnh", "Province target"),
                        words("Nội dung", "Target"),
                        words("Kết quả", "Status"),
                        words("Lý do", "Reason")));
        for (TargetResult target : summary.targets()) {
            row++;
            sheet.value(row, 0, target.plan().manifest().reference());
            sheet.value(row, 1, target.definition().id());
            sheet.value(row, 2, target.definition().title().in(language));
            sheet.value(row, 3, target.status().label(language));
            sheet.value(row, 4, target.reason(language, spelling));
        }
        sheet.width(0, 30);
        sheet.width(1, 22);
        sheet.width(2, 40);
        sheet.width(3, 16);
        sheet.width(4, 80);
    }

    private static void counts(Worksheet sheet, int row, String name, String province, Counts counts) {
        Workbooks.cell(sheet, row, 0, name);
        Workbooks.cell(sheet, row, 1, province);
        sheet.value(row, 2, counts.pass());
        sheet.value(row, 3, counts.fail());
        sheet.value(row, 4, counts.indeterminate());
        sheet.value(row, 5, counts.invalid());
        sheet.value(row, 6, counts.total());
    }

    private void areas(Worksheet sheet, ReviewResult review) {
        List<String> header = table.header(review);
        Workbooks.header(sheet, 0, header);
        List<Plan> plans = review.summary().plans();
        int row = 0;
        for (AreaResult result : review.areas()) {
            row++;
            List<Object> cells = table.row(result, plans);
            for (int c = 0; c < cells.size(); c++) {
                Workbooks.cell(sheet, row, c, cells.get(c));
            }
        }
        sheet.freezePane(0, 1);
        sheet.width(0, 28);
        sheet.width(4, 24);
        sheet.width(8, 60);
        sheet.width(11, 60);
    }

    private void criteria(Worksheet sheet, ReviewResult review) {
        Workbooks.header(
                sheet,
                0,
                List.of(
                        words("Tệp", "File"),
                        words("Dòng", "Row"),
                        words("Tỉnh", "Province"),
                        words("Huyện", "District"),
                        words("Địa bàn", "Area"),
                        words("Năm", "Year"),
                        words("Kế hoạch", "Plan"),
                        words("Tiêu chí", "Criterion"),
                        words("Nội dung tiêu chí", "Criterion title"),
                        words("Nhóm", "Group"),
                        words("Kết quả", "Status"),
                        words("Lý do", "Reason"),
                        words("Còn thiếu", "Shortfall")));
        int row = 0;
        for (AreaResult result : review.areas()) {
            Verdict verdict = result.verdict();
            if (verdict == null) {
                continue;
            }
            AreaInput input = result.input();
            Area area = input.area();
            for (CriterionVerdict criterion : verdict.criteria()) {
                row++;
                List<Object> cells = new ArrayList<>(List.of(
                        input.file(),
                        input.row() == null ? "" : input.row().number(),
                        area.province() == null ? "" : area.province(),
                        area.district() == null ? "" : area.district(),
                        area.name(),
                        input.facts().year(),
                        result.plan().manifest().reference(),
                        criterion.definition().id(),
                        criterion.definition().title().in(language),
                        criterion.definition().group().label(language),
                        criterion.status().label(language),
                        criterion.reason(language),
                        criterion.shortfall(language).orElse("")));
                for (int c = 0; c < cells.size(); c++) {
                    Workbooks.cell(sheet, row, c, cells.get(c));
                }
            }
        }
        sheet.freezePane(0, 1);
        sheet.width(0, 28);
        sheet.width(4, 24);
        sheet.width(8, 50);
        sheet.width(11, 80);
        sheet.width(12, 40);
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }
}
