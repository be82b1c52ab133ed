package vn.chuyenhoa.engine.render;

import java.util.ArrayList;
import java.util.List;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.ReadingAlternative;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.CriterionCount;
import vn.chuyenhoa.engine.review.DistrictCounts;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewSummary;
import vn.chuyenhoa.engine.review.TargetResult;

/**
 * A review for a person to read: the window and plans, the table of counts by district with the province's
 * total, the province's targets, the criteria most often failed, then each area in one line with the reasons
 * of those not ĐẠT.
 */
public final class ReviewText {
    private final Language language;
    private final Spelling spelling;

    public ReviewText(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
    }

    public String render(ReviewResult review) {
        StringBuilder text = new StringBuilder();
        ReviewSummary summary = review.summary();
        line(text, review.title(language));
        line(
                text,
                words("Kỳ thống kê", "Statistics window") + ": "
                        + (review.window() == null
                                ? words("chưa xác định (không đọc được tệp nào)", "unknown (no file could be read)")
                                : review.window().describe(language, spelling)));
        for (Plan plan : summary.plans()) {
            line(
                    text,
                    words("Kế hoạch", "Plan") + ": " + plan.id() + " v" + plan.version()
                            + VerdictText.draftMark(plan.isDraft(), language)
                            + " — "
                            + plan.manifest().title().in(language));
            if (!plan.manifest().readings().isEmpty()) {
                line(
                        text,
                        "    " + words("Cách hiểu đã dùng", "Readings used") + ": "
                                + VerdictText.readingsUsed(plan.manifest().chosenReadings()));
            }
        }
        text.append('\n');
        table(text, summary);
        if (summary.dependingOnReadings() > 0) {
            text.append('\n');
            line(
                    text,
                    words("Kết quả phụ thuộc cách hiểu", "Outcome depending on a reading") + ": "
                            + summary.dependingOnReadings()
                            + words(
                                    " địa bàn có kết quả khác theo một cách hiểu khác của kế hoạch (ghi ở từng địa bàn)",
                                    " areas decided otherwise under another reading of the plan (noted at each area)"));
        }
        targets(text, summary);
        mostFailed(text, summary);
        areas(text, review);
        return text.toString();
    }

    private void table(StringBuilder text, ReviewSummary summary) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            words("Huyện, thị xã, thành phố", "District"),
            words("Tổng", "Total"),
            Outcome.PASS.label(language),
            Outcome.FAIL.label(language),
            Outcome.INDETERMINATE.label(language),
            AreaResult.invalidLabel(language)
        });
        for (DistrictCounts district : summary.districts()) {
            rows.add(counts(district.name(language), district.counts()));
        }
        rows.add(counts(
                summary.province() == null
                        ? words("Tổng cộng", "All areas")
                        : words("Toàn tỉnh ", "Province of ") + summary.province(),
                summary.totals()));
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder(pad(row[0], widths[0], false));
            for (int i = 1; i < row.length; i++) {
                line.append("  ").append(pad(row[i], widths[i], true));
            }
            line(text, line.toString().stripTrailing());
            if (r == 0 || r == rows.size() - 2) {
                line(text, "-".repeat(line.length()));
            }
        }
    }

    private String[] counts(String name, Counts counts) {
        return new String[] {
            name,
            number(counts.total()),
            number(counts.pass()),
            number(counts.fail()),
            number(counts.indeterminate()),
            number(counts.invalid())
        };
    }

    private void targets(StringBuilder text, ReviewSummary summary) {
        if (summary.targets().isEmpty()) {
            return;
        }
        text.append('\n');
        line(text, words("CHỈ TIÊU CỦA TỈNH", "PROVINCE TARGETS"));
        for (TargetResult target : summary.targets()) {
            Source source = target.definition().source();
            line(
                    text,
                    "[" + target.status().label(language) + "] "
                            + target.definition().id() + " · "
                            + target.definition().title().in(language));
            line(text, "    " + words("Số liệu", "Figures") + ": " + target.reason(language, spelling));
            line(
                    text,
                    "    " + words("Nguồn", "Source") + ": " + source.document() + ", " + source.section() + ": “"
                            + source.quote() + "”");
        }
    }

    private void mostFailed(StringBuilder text, ReviewSummary summary) {
        List<CriterionCount> counts = summary.mostFailed();
        if (counts.isEmpty()) {
            return;
        }
        text.append('\n');
        line(
                text,
                words(
                        "TIÊU CHÍ KHÔNG ĐẠT NHIỀU NHẤT (số địa bàn không đạt / thiếu dữ liệu)",
                        "CRITERIA MOST OFTEN NOT MET (areas not meeting it / lacking data)"));
        boolean severalPlans = summary.plans().size() > 1;
        for (CriterionCount count : counts) {
            line(
                    text,
                    pad(number(count.failed()), 6, true) + " / " + pad(number(count.missing()), 5, false) + " "
                            + (severalPlans ? count.plan().id() + " " : "")
                            + count.criterion().id() + " · "
                            + count.criterion().title().in(language));
        }
    }

    private void areas(StringBuilder text, ReviewResult review) {
        text.append('\n');
        line(text, words("TỪNG ĐỊA BÀN", "EACH AREA"));
        int number = 0;
        for (AreaResult result : review.areas()) {
            number++;
            Verdict verdict = result.verdict();
            String where = result.input().file()
                    + (result.input().row() == null
                            ? ""
                            : words(", dòng ", ", row ") + result.input().row().number());
            if (verdict == null) {
                line(
                        text,
                        number + ". [" + AreaResult.invalidLabel(language) + "] "
                                + describe(result.input().area()) + where);
                for (InputError error : result.errors()) {
                    line(text, "    " + error.inFile(null).message(language, spelling));
                }
                continue;
            }
            line(
                    text,
                    number + ". [" + verdict.label(language)
                            + VerdictText.interimMark(verdict.interim(), language) + "] "
                            + describe(verdict.input().area())
                            + verdict.decision().reason(language));
            for (ReadingAlternative reading : verdict.readings()) {
                line(text, "    " + VerdictText.dependsOn(verdict, reading, language));
            }
            for (CriterionVerdict criterion : verdict.criteria()) {
                if (criterion.status() == Status.FAIL || criterion.status() == Status.MISSING) {
                    line(
                            text,
                            "    " + criterion.definition().id() + " ("
                                    + criterion.status().label(language) + "): "
                                    + criterion.reasonWithShortfall(language));
                }
            }
        }
    }

    /** "Xã Phước Thiền (Huyện Nhơn Trạch) — ", or nothing when the area is unknown. */
    private static String describe(Area area) {
        if (area == null || area.name() == null) {
            return "";
        }
        return area.name() + (area.district() == null ? "" : " (" + area.district() + ")") + " — ";
    }

    private String number(long value) {
        return language.number(value);
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - text.length()));
        return right ? space + text : text + space;
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }

    /** Every line of the text, its control characters escaped: a name in a file never prints a line of its own. */
    private static void line(StringBuilder text, String line) {
        text.append(Shown.line(line)).append('\n');
    }
}
