package vn.chuyenhoa.engine.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.CriterionCount;
import vn.chuyenhoa.engine.review.DistrictCounts;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewSummary;
import vn.chuyenhoa.engine.review.ReviewWindow;
import vn.chuyenhoa.engine.review.TargetResult;

/**
 * A review as one self-contained HTML page: the summary, the province's targets, a chart of outcomes by district
 * and one of the criteria most often failed (bars in HTML and CSS, readable at any width), and every area with its
 * reasons. The styles are inline and a Content-Security-Policy forbids loading anything, so the page shows the same
 * offline, from a USB stick or an e-mail attachment, and never calls out. It carries no date, so the same inputs give
 * the same bytes. Its content sits in one {@code main.review} that carries the styles, so that a page showing the
 * report in a shadow root (the server's review page) lays it out the same.
 */
public final class ReviewHtml {
    /** Bars of the criteria chart: at most this many criteria. */
    private static final int CHART_CRITERIA = 10;

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fff; }
            .review { font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 16px;
                      color: #1d1d1f; margin: 0 auto; max-width: 1100px; padding: 24px 32px 48px; line-height: 1.45;
                      background: #fff; overflow-wrap: break-word; word-break: normal; }
            h1 { font-size: 1.55em; margin: 0 0 6px; color: #0b3d66; }
            h2 { font-size: 1.2em; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #0b3d66; color: #0b3d66; }
            .meta { margin: 2px 0; color: #444; }
            .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 20px 0 8px; }
            .card { flex: 1 1 150px; border-radius: 8px; padding: 10px 14px; color: #fff; }
            .card .n { font-size: 2em; font-weight: 700; display: block; line-height: 1.1; }
            .card.total { background: #0b3d66; } .card.pass { background: #2e7d32; } .card.fail { background: #c62828; }
            .card.undecided { background: #ef9f00; color: #1d1d1f; } .card.invalid { background: #6d6d6d; }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
            th, td { border: 1px solid #d0d7de; padding: 5px 8px; vertical-align: top; text-align: left; }
            th { background: #eef2f6; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            td.n { white-space: nowrap; }
            tr.total td { font-weight: 700; background: #f6f8fa; }
            .badge { display: inline-block; border-radius: 4px; padding: 1px 7px; font-size: 0.85em; font-weight: 700;
                     color: #fff; white-space: nowrap; }
            .b-PASS { background: #2e7d32; } .b-FAIL { background: #c62828; }
            .b-INDETERMINATE, .b-MISSING { background: #ef9f00; color: #1d1d1f; }
            .b-INVALID, .b-NOT_APPLICABLE { background: #6d6d6d; }
            .quote { color: #555; font-style: italic; }
            .source { color: #555; font-size: 0.9em; }
            ul.reasons { margin: 4px 0 0; padding-left: 18px; }
            .file { color: #666; font-size: 0.85em; }
            .file .part { display: inline-block; max-width: 100%; }
            .reading { margin-top: 0.3em; font-size: 0.9em; color: #7a4b00; }
            .chart { margin: 10px 0 18px; font-size: 0.9em; }
            .chart .legend { display: flex; flex-wrap: wrap; gap: 2px 18px; list-style: none; margin: 0 0 8px; padding: 0; }
            .chart .key { display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px;
                          vertical-align: -1px; }
            .chart .row { display: grid; grid-template-columns: minmax(9em, 15em) minmax(0, 1fr) 2.5em; column-gap: 10px;
                          align-items: center; padding: 3px 0; }
            .chart.criteria .row { grid-template-columns: minmax(12em, 26em) minmax(0, 1fr) 2.5em; }
            .chart .label { text-align: right; line-height: 1.25; }
            .chart .bar { display: flex; height: 22px; min-width: 0; }
            .chart .seg { flex: none; display: flex; align-items: center; justify-content: center; min-width: 2px;
                          overflow: hidden; color: #fff; font-weight: 700; font-size: 12px; }
            .chart .seg.b-INDETERMINATE, .chart .seg.b-MISSING { color: #1d1d1f; }
            .chart .total { font-variant-numeric: tabular-nums; }
            footer { margin-top: 36px; color: #666; font-size: 0.85em; }
            @media (max-width: 640px) {
              .review { padding: 14px 12px 32px; }
              th, td { padding: 4px 5px; }
              .chart .row, .chart.criteria .row { grid-template-columns: minmax(0, 1fr) 2.5em; }
              .chart .label { grid-column: 1 / -1; text-align: left; }
              table.reflow, table.reflow tbody, table.reflow tr, table.reflow td { display: block; }
              table.reflow thead { display: none; }
              table.reflow tr { border: 1px solid #d0d7de; border-radius: 6px; margin: 0 0 10px; padding: 4px 0; }
              table.reflow td { border: 0; padding: 3px 10px; text-align: left; }
              table.reflow td[data-label]::before { content: attr(data-label); display: block; font-size: 0.8em;
                                                    font-weight: 700; color: #555; }
              table.reflow td.n::before { display: inline; margin-right: 6px; }
            }
            @media print { .review { padding: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
            """;

    private final Language language;
    private final Spelling spelling;
    private final ReviewCharts charts;

    public ReviewHtml(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
        this.charts = new ReviewCharts(language);
    }

    public void write(ReviewResult review, Writer out) {
        StringBuilder html = new StringBuilder(64 * 1024);
        head(html, review);
        cards(html, review.summary().totals());
        targets(html, review.summary());
        districts(html, review.summary());
        criteria(html, review.summary());
        areas(html, review);
        html.append("<footer>")
                .append(esc(words(
                        "Lập bằng chuyenhoa từ các tệp số liệu đã nêu. Mỗi địa bàn được đánh giá theo tiêu chí của kế hoạch, "
                                + "mỗi tiêu chí dẫn nguồn văn bản; xem lý do chi tiết bằng lệnh chuyenhoa evaluate.",
                        "Made by chuyenhoa from the files listed. Each area is evaluated by its plan's criteria, each citing its "
                                + "source; chuyenhoa evaluate shows an area's full verdict.")))
                .append("</footer>\n</main>\n</body>\n</html>\n");
        try {
            out.write(html.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void head(StringBuilder html, ReviewResult review) {
        String title = review.title(language);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(language.pick("vi", "en"))
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(title))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n")
                .append("</head>\n<body>\n<main class=\"review\">\n<h1>")
                .append(esc(title))
                .append("</h1>\n");
        ReviewWindow window = review.window();
        meta(
                html,
                words("Kỳ thống kê", "Statistics window"),
                window == null
                        ? words("chưa xác định (không đọc được tệp nào)", "unknown (no file could be read)")
                        : window.describe(language, spelling));
        for (Plan plan : review.summary().plans()) {
            meta(
                    html,
                    words("Kế hoạch", "Plan"),
                    plan.id() + " v" + plan.version() + VerdictText.draftMark(plan.isDraft(), language) + " — "
                            + plan.manifest().title().in(language));
            if (!plan.manifest().readings().isEmpty()) {
                meta(
                        html,
                        words("Cách hiểu đã dùng", "Readings used"),
                        VerdictText.readingsUsed(plan.manifest().chosenReadings()));
            }
        }
        ProvinceFigures figures = review.figures();
        meta(
                html,
                words("Số liệu của tỉnh", "Province figures"),
                words("số đơn vị hành chính cấp xã", "communes") + ": "
                        + figure(figures.communes()) + " · "
                        + words("địa bàn đã chuyển hóa ở các năm trước", "areas transformed before")
                        + ": " + figure(figures.previouslyTransformed()) + " · "
                        + words("trong đó phức tạp trở lại", "of them complex again")
                        + ": " + figure(figures.relapsed()));
    }

    private String figure(Long value) {
        return value == null ? words("chưa có", "not given") : language.number(value);
    }

    private void meta(StringBuilder html, String label, String value) {
        html.append("<p class=\"meta\"><strong>")
                .append(esc(label))
                .append(":</strong> ")
                .append(esc(value))
                .append("</p>\n");
    }

    private void cards(StringBuilder html, Counts totals) {
        html.append("<div class=\"cards\">\n");
        card(html, "total", totals.total(), words("Tổng số địa bàn", "Areas"));
        card(html, "pass", totals.pass(), Outcome.PASS.label(language));
        card(html, "fail", totals.fail(), Outcome.FAIL.label(language));
        card(html, "undecided", totals.indeterminate(), Outcome.INDETERMINATE.label(language));
        card(html, "invalid", totals.invalid(), AreaResult.invalidLabel(language));
        html.append("</div>\n");
    }

    private void card(StringBuilder html, String kind, int count, String label) {
        html.append("<div class=\"card ")
                .append(kind)
                .append("\"><span class=\"n\">")
                .append(language.number(count))
                .append("</span>")
                .append(esc(label))
                .append("</div>\n");
    }

    private void targets(StringBuilder html, ReviewSummary summary) {
        if (summary.targets().isEmpty()) {
            return;
        }
        html.append("<h2>")
                .append(esc(words("Chỉ tiêu của tỉnh", "Province targets")))
                .append("</h2>\n<div class=\"scroll\"><table class=\"reflow\">\n<thead><tr><th>")
                .append(esc(words("Kết quả", "Status")))
                .append("</th><th>")
                .append(esc(words("Chỉ tiêu", "Target")))
                .append("</th><th>")
                .append(esc(words("Số liệu", "Figures")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (TargetResult target : summary.targets()) {
            Source source = target.definition().source();
            html.append("<tr><td>")
                    .append(badge(target.status().name(), target.status().label(language)))
                    .append("</td><td")
                    .append(label(words("Chỉ tiêu", "Target")))
                    .append("><strong>")
                    .append(esc(target.definition().id()))
                    .append("</strong> ")
                    .append(esc(target.definition().title().in(language)))
                    .append("<div class=\"source\">")
                    .append(esc(source.document() + ", " + source.section() + ": "))
                    .append("<span class=\"quote\">“")
                    .append(esc(source.quote()))
                    .append("”</span></div></td><td")
                    .append(label(words("Số liệu", "Figures")))
                    .append(">")
                    .append(esc(target.reason(language, spelling)))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private void districts(StringBuilder html, ReviewSummary summary) {
        html.append("<h2>")
                .append(esc(words("Kết quả theo huyện, thị xã, thành phố", "Outcomes by district")))
                .append("</h2>\n");
        charts.outcomesByDistrict(html, summary.districts());
        html.append("<div class=\"scroll\"><table>\n<tr><th>")
                .append(esc(words("Huyện, thị xã, thành phố", "District")))
                .append("</th>");
        for (String heading : List.of(
                words("Tổng", "Total"),
                Outcome.PASS.label(language),
                Outcome.FAIL.label(language),
                Outcome.INDETERMINATE.label(language),
                AreaResult.invalidLabel(language))) {
            html.append("<th class=\"n\">").append(esc(heading)).append("</th>");
        }
        html.append("</tr>\n");
        for (DistrictCounts district : summary.districts()) {
            countsRow(html, "", district.name(language), district.counts());
        }
        countsRow(
                html,
                " class=\"total\"",
                summary.province() == null
                        ? words("Tổng cộng", "All areas")
                        : words("Toàn tỉnh ", "Province of ") + summary.province(),
                summary.totals());
        html.append("</table></div>\n");
    }

    private void countsRow(StringBuilder html, String attributes, String name, Counts counts) {
        html.append("<tr").append(attributes).append("><td>").append(esc(name)).append("</td>");
        for (int n :
                new int[] {counts.total(), counts.pass(), counts.fail(), counts.indeterminate(), counts.invalid()}) {
            html.append("<td class=\"n\">").append(language.number(n)).append("</td>");
        }
        html.append("</tr>\n");
    }

    private void criteria(StringBuilder html, ReviewSummary summary) {
        html.append("<h2>")
                .append(esc(words("Tiêu chí không đạt nhiều nhất", "Criteria most often not met")))
                .append("</h2>\n");
        List<CriterionCount> counts = summary.mostFailed();
        if (counts.isEmpty()) {
            html.append("<p>")
                    .append(esc(words(
                            "Không địa bàn nào có tiêu chí không đạt hoặc thiếu dữ liệu.",
                            "No area failed a criterion or lacked data for one.")))
                    .append("</p>\n");
            return;
        }
        boolean severalPlans = summary.plans().size() > 1;
        charts.criteriaMostFailed(html, counts.subList(0, Math.min(CHART_CRITERIA, counts.size())), severalPlans);
        html.append("<div class=\"scroll\"><table>\n<tr><th>")
                .append(esc(words("Tiêu chí", "Criterion")))
                .append("</th><th class=\"n\">")
                .append(esc(words("Không đạt", "Not met")))
                .append("</th><th class=\"n\">")
                .append(esc(words("Thiếu dữ liệu", "Missing data")))
                .append("</th></tr>\n");
        for (CriterionCount count : counts) {
            html.append("<tr><td><strong>")
                    .append(esc((severalPlans ? count.plan().id() + " " : "")
                            + count.criterion().id()))
                    .append("</strong> ")
                    .append(esc(count.criterion().title().in(language)))
                    .append("</td><td class=\"n\">")
                    .append(language.number(count.failed()))
                    .append("</td><td class=\"n\">")
                    .append(language.number(count.missing()))
                    .append("</td></tr>\n");
        }
        html.append("</table></div>\n");
    }

    private void areas(StringBuilder html, ReviewResult review) {
        html.append("<h2>")
                .append(esc(words("Từng địa bàn", "Each area")))
                .append("</h2>\n<div class=\"scroll\"><table class=\"reflow\">\n<thead><tr><th class=\"n\">#</th><th>")
                .append(esc(words("Địa bàn", "Area")))
                .append("</th><th>")
                .append(esc(words("Kết quả", "Outcome")))
                .append("</th><th>")
                .append(esc(words("Lý do", "Reasons")))
                .append("</th></tr></thead>\n<tbody>\n");
        String reasons = label(words("Lý do", "Reasons"));
        int number = 0;
        for (AreaResult result : review.areas()) {
            AreaInput input = result.input();
            Area area = input.area();
            html.append("<tr><td class=\"n\"")
                    .append(label("#"))
                    .append(">")
                    .append(++number)
                    .append("</td><td>");
            if (area != null) {
                html.append("<strong>")
                        .append(esc(area.name() == null ? "?" : area.name()))
                        .append("</strong>");
                if (area.district() != null) {
                    html.append("<br>").append(esc(area.district()));
                }
            }
            html.append("<div class=\"file\">")
                    .append(path(input.file()))
                    .append(esc(
                            input.row() == null
                                    ? ""
                                    : words(", dòng ", ", row ") + input.row().number()))
                    .append("</div></td><td>");
            Verdict verdict = result.verdict();
            if (verdict == null) {
                html.append(badge("INVALID", AreaResult.invalidLabel(language)))
                        .append("</td><td")
                        .append(reasons)
                        .append("><ul class=\"reasons\">");
                for (InputError error : result.errors()) {
                    html.append("<li>")
                            .append(esc(error.inFile(null).message(language, spelling)))
                            .append("</li>");
                }
                html.append("</ul></td></tr>\n");
                continue;
            }
            html.append(badge(
                            verdict.outcome().name(),
                            verdict.label(language) + VerdictText.interimMark(verdict.interim(), language)))
                    .append("</td><td")
                    .append(reasons)
                    .append(">")
                    .append(esc(verdict.decision().reason(language)));
            for (ReadingAlternative reading : verdict.readings()) {
                html.append("<div class=\"reading\">")
                        .append(esc(VerdictText.dependsOn(verdict, reading, language)))
                        .append("</div>");
            }
            List<CriterionVerdict> notMet = verdict.criteria().stream()
                    .filter(c -> c.status() == Status.FAIL || c.status() == Status.MISSING)
                    .toList();
            if (!notMet.isEmpty()) {
                html.append("<ul class=\"reasons\">");
                for (CriterionVerdict criterion : notMet) {
                    html.append("<li>")
                            .append(badge(
                                    criterion.status().name(),
                                    criterion.status().label(language)))
                            .append(" <strong>")
                            .append(esc(criterion.definition().id()))
                            .append("</strong> ")
                            .append(esc(criterion.definition().title().in(language)))
                            .append(": ")
                            .append(esc(criterion.reasonWithShortfall(language)))
                            .append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    /** The heading a cell shows above its content when a narrow screen lays a table's rows out as cards. */
    private static String label(String heading) {
        return " data-label=\"" + esc(heading) + "\"";
    }

    /**
     * A file's path that a narrow column breaks after a folder separator: each folder and the name is a box kept
     * whole on its line ({@code .file .part}) unless it alone is wider than the column.
     */
    private static String path(String file) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = 0; i < file.length(); i++) {
            if (file.charAt(i) == '/' || file.charAt(i) == '\\') {
                part(out, file.substring(from, i + 1));
                from = i + 1;
            }
        }
        part(out, file.substring(from));
        return out.toString();
    }

    private static void part(StringBuilder out, String part) {
        if (part.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.append("<wbr>");
        }
        out.append("<span class=\"part\">").append(esc(part)).append("</span>");
    }

    private static String badge(String kind, String label) {
        return "<span class=\"badge b-" + kind + "\">" + esc(label) + "</span>";
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
