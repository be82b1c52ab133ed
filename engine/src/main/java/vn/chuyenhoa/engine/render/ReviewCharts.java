package vn.chuyenhoa.engine.render;

import static vn.chuyenhoa.engine.render.ReviewHtml.esc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.CriterionCount;
import vn.chuyenhoa.engine.review.DistrictCounts;

/**
 * The review's charts, for the HTML report (and any page that shows a review): outcomes by district and the
 * criteria most often failed, as horizontal bars. HTML and CSS rather than a scaled SVG drawing, so that labels are
 * text of the page's size at any width, wrap instead of being cut, and go above their bar on a phone
 * ({@link ReviewHtml}'s style lays them out). Bar lengths are shares of the longest bar in exact decimal
 * arithmetic, so the same review gives the same bytes.
 */
final class ReviewCharts {
    /** A count is written inside its bar segment only from this share of the longest bar (%): below, no room. */
    private static final int NUMBER_INSIDE = 8;

    private final Language language;

    ReviewCharts(Language language) {
        this.language = language;
    }

    /** Stacked bars, one per district: ĐẠT, CHƯA ĐẠT, CHƯA ĐỦ DỮ LIỆU, invalid, and the district's total. */
    void outcomesByDistrict(StringBuilder html, List<DistrictCounts> districts) {
        String[][] legend = {
            {"PASS", Outcome.PASS.label(language)},
            {"FAIL", Outcome.FAIL.label(language)},
            {"INDETERMINATE", Outcome.INDETERMINATE.label(language)},
            {"INVALID", AreaResult.invalidLabel(language)}
        };
        open(html, "districts", words("Kết quả theo huyện", "Outcomes by district"), legend);
        int most = Math.max(
                1, districts.stream().mapToInt(d -> d.counts().total()).max().orElse(1));
        for (DistrictCounts district : districts) {
            Counts c = district.counts();
            String name = district.name(language);
            row(html, name, legend, new int[] {c.pass(), c.fail(), c.indeterminate(), c.invalid()}, c.total(), most);
        }
        html.append("</div>\n");
    }

    /** Bars, one per criterion: the areas that failed it, then those that lacked data for it. */
    void criteriaMostFailed(StringBuilder html, List<CriterionCount> shown, boolean severalPlans) {
        String[][] legend = {
            {"FAIL", words("số địa bàn không đạt", "areas not meeting it")},
            {"MISSING", words("số địa bàn thiếu dữ liệu", "areas lacking data")}
        };
        open(html, "criteria", words("Tiêu chí không đạt nhiều nhất", "Criteria most often not met"), legend);
        int most = Math.max(
                1, shown.stream().mapToInt(c -> c.failed() + c.missing()).max().orElse(1));
        for (CriterionCount count : shown) {
            String label = (severalPlans ? count.plan().id() + " " : "")
                    + count.criterion().id() + " · " + count.criterion().title().in(language);
            row(
                    html,
                    label,
                    legend,
                    new int[] {count.failed(), count.missing()},
                    count.failed() + count.missing(),
                    most);
        }
        html.append("</div>\n");
    }

    /** The chart's box, named for assistive technology, and its legend: a swatch of each colour and its label. */
    private static void open(StringBuilder html, String kind, String title, String[][] legend) {
        html.append("<div class=\"chart ")
                .append(kind)
                .append("\" role=\"group\" aria-label=\"")
                .append(esc(title))
                .append("\">\n<ul class=\"legend\">");
        for (String[] item : legend) {
            html.append("<li><span class=\"key b-")
                    .append(item[0])
                    .append("\"></span>")
                    .append(esc(item[1]))
                    .append("</li>");
        }
        html.append("</ul>\n");
    }

    private void row(StringBuilder html, String label, String[][] legend, int[] values, int total, int most) {
        html.append("<div class=\"row\"><span class=\"label\">")
                .append(esc(label))
                .append("</span><span class=\"bar\">");
        for (int i = 0; i < values.length; i++) {
            if (values[i] == 0) {
                continue;
            }
            html.append("<span class=\"seg b-")
                    .append(legend[i][0])
                    .append("\" style=\"width: ")
                    .append(percent(values[i], most))
                    .append("%\" title=\"")
                    .append(esc(label + ": " + legend[i][1] + " " + language.number(values[i])))
                    .append("\">");
            if (values[i] * 100L >= (long) NUMBER_INSIDE * most) {
                html.append(language.number(values[i]));
            }
            html.append("</span>");
        }
        html.append("</span><span class=\"total\">")
                .append(language.number(total))
                .append("</span></div>\n");
    }

    /** {@code part} as a percentage of {@code whole}, to three decimals ("33.333"): CSS reads a point. */
    private static String percent(int part, int whole) {
        return BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }
}
