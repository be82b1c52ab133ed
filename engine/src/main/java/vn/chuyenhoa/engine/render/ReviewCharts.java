package vn.chuyenhoa.engine.render;

import static vn.chuyenhoa.engine.render.ReviewHtml.esc;

import java.util.List;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.CriterionCount;
import vn.chuyenhoa.engine.review.DistrictCounts;

/**
 * The review's charts as inline SVG, for the HTML report (and any page that shows a review): outcomes by district
 * and the criteria most often failed. Plain SVG with its own titles, so a chart reads the same in any page that
 * holds it, printed or offline.
 */
final class ReviewCharts {
    static final String PASS = "#2e7d32";
    static final String FAIL = "#c62828";
    static final String UNDECIDED = "#ef9f00";
    static final String INVALID = "#6d6d6d";

    private final Language language;

    ReviewCharts(Language language) {
        this.language = language;
    }

    /** Stacked horizontal bars, one per district: ĐẠT, CHƯA ĐẠT, CHƯA ĐỦ DỮ LIỆU, invalid. */
    void outcomesByDistrict(StringBuilder html, List<DistrictCounts> districts) {
        int labelWidth = 230;
        int barWidth = 560;
        int rowHeight = 30;
        int top = 34;
        int height = top + rowHeight * districts.size() + 6;
        int most = Math.max(
                1, districts.stream().mapToInt(d -> d.counts().total()).max().orElse(1));
        html.append("<svg role=\"img\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 50)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(labelWidth + barWidth + 50)
                .append("\" height=\"")
                .append(height)
                .append("\">\n")
                .append("<title>")
                .append(esc(words("Kết quả theo huyện", "Outcomes by district")))
                .append("</title>\n");
        String[][] legend = {
            {PASS, Outcome.PASS.label(language)},
            {FAIL, Outcome.FAIL.label(language)},
            {UNDECIDED, Outcome.INDETERMINATE.label(language)},
            {INVALID, AreaResult.invalidLabel(language)}
        };
        int x = labelWidth;
        for (String[] item : legend) {
            html.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                    .append(item[0])
                    .append("\"/><text x=\"")
                    .append(x + 19)
                    .append("\" y=\"18\">")
                    .append(esc(item[1]))
                    .append("</text>\n");
            x += 30 + item[1].length() * 8;
        }
        int y = top;
        for (DistrictCounts district : districts) {
            Counts c = district.counts();
            html.append("<text x=\"")
                    .append(labelWidth - 8)
                    .append("\" y=\"")
                    .append(y + 19)
                    .append("\" text-anchor=\"end\">")
                    .append(esc(shorten(district.name(language), 30)))
                    .append("</text>\n");
            int at = labelWidth;
            int[] values = {c.pass(), c.fail(), c.indeterminate(), c.invalid()};
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0) {
                    continue;
                }
                int width = Math.max(2, Math.round((float) values[i] * barWidth / most));
                html.append("<rect x=\"")
                        .append(at)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(rowHeight - 8)
                        .append("\" fill=\"")
                        .append(legend[i][0])
                        .append("\">")
                        .append("<title>")
                        .append(esc(district.name(language) + ": " + legend[i][1] + " " + values[i]))
                        .append("</title></rect>\n");
                if (width >= 22) {
                    html.append("<text class=\"in\" x=\"")
                            .append(at + width / 2)
                            .append("\" y=\"")
                            .append(y + 19)
                            .append("\" text-anchor=\"middle\">")
                            .append(language.number(values[i]))
                            .append("</text>\n");
                }
                at += width;
            }
            html.append("<text x=\"")
                    .append(at + 6)
                    .append("\" y=\"")
                    .append(y + 19)
                    .append("\">")
                    .append(language.number(c.total()))
                    .append("</text>\n");
            y += rowHeight;
        }
        html.append("</svg>\n");
    }

    /** Horizontal bars, one per criterion: the areas that failed it, then those that lacked data for it. */
    void criteriaMostFailed(StringBuilder html, List<CriterionCount> shown, boolean severalPlans) {
        int labelWidth = 420;
        int barWidth = 380;
        int rowHeight = 28;
        int top = 34;
        int height = top + rowHeight * shown.size() + 6;
        int most = Math.max(
                1, shown.stream().mapToInt(c -> c.failed() + c.missing()).max().orElse(1));
        html.append("<svg role=\"img\" viewBox=\"0 0 ")
                .append(labelWidth + barWidth + 60)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(labelWidth + barWidth + 60)
                .append("\" height=\"")
                .append(height)
                .append("\">\n")
                .append("<title>")
                .append(esc(words("Tiêu chí không đạt nhiều nhất", "Criteria most often not met")))
                .append("</title>\n");
        String notMet = words("số địa bàn không đạt", "areas not meeting it");
        String lacking = words("số địa bàn thiếu dữ liệu", "areas lacking data");
        html.append("<rect x=\"")
                .append(labelWidth)
                .append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                .append(FAIL)
                .append("\"/><text x=\"")
                .append(labelWidth + 19)
                .append("\" y=\"18\">")
                .append(esc(notMet))
                .append("</text>\n")
                .append("<rect x=\"")
                .append(labelWidth + 40 + notMet.length() * 7)
                .append("\" y=\"6\" width=\"14\" height=\"14\" fill=\"")
                .append(UNDECIDED)
                .append("\"/><text x=\"")
                .append(labelWidth + 59 + notMet.length() * 7)
                .append("\" y=\"18\">")
                .append(esc(lacking))
                .append("</text>\n");
        int y = top;
        for (CriterionCount count : shown) {
            String label = (severalPlans ? count.plan().id() + " " : "")
                    + count.criterion().id() + " · " + count.criterion().title().in(language);
            html.append("<text x=\"")
                    .append(labelWidth - 8)
                    .append("\" y=\"")
                    .append(y + 18)
                    .append("\" text-anchor=\"end\"><title>")
                    .append(esc(label))
                    .append("</title>")
                    .append(esc(shorten(label, 56)))
                    .append("</text>\n");
            int at = labelWidth;
            int[] values = {count.failed(), count.missing()};
            String[] colours = {FAIL, UNDECIDED};
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0) {
                    continue;
                }
                int width = Math.max(2, Math.round((float) values[i] * barWidth / most));
                html.append("<rect x=\"")
                        .append(at)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(rowHeight - 8)
                        .append("\" fill=\"")
                        .append(colours[i])
                        .append("\"/>\n");
                if (width >= 22) {
                    html.append("<text class=\"in\" x=\"")
                            .append(at + width / 2)
                            .append("\" y=\"")
                            .append(y + 18)
                            .append("\" text-anchor=\"middle\">")
                            .append(language.number(values[i]))
                            .append("</text>\n");
                }
                at += width;
            }
            y += rowHeight;
        }
        html.append("</svg>\n");
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1).stripTrailing() + "…";
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }
}
