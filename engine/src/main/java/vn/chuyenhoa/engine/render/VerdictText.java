package vn.chuyenhoa.engine.render;

import java.util.List;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.ReadingAlternative;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.Warning;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.message.Shown;

/** A verdict for a person to read: the outcome, then one block per criterion. */
public final class VerdictText {
    private final Language language;

    public VerdictText(Language language) {
        this.language = language;
    }

    public String render(Verdict verdict) {
        StringBuilder text = new StringBuilder();
        var area = verdict.input().area();
        String place = java.util.stream.Stream.of(area.district(), area.province())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        line(
                text,
                area.name() + (place.isEmpty() ? "" : " (" + place + ")") + " — " + words("năm", "year") + " "
                        + verdict.input().year() + " — " + verdict.input().source());
        line(
                text,
                words("Kế hoạch", "Plan") + ": " + verdict.plan().id() + " v"
                        + verdict.plan().version()
                        + draftMark(verdict.draft(), language)
                        + " — " + verdict.plan().title().in(language));
        line(
                text,
                words("KẾT QUẢ", "OUTCOME") + ": " + verdict.label(language)
                        + interimMark(verdict.interim(), language) + " — "
                        + verdict.decision().reason(language));
        line(
                text,
                words("Quy tắc", "Rule") + ": "
                        + verdict.plan().decisionRule().text().in(language));
        for (ReadingAlternative reading : verdict.readings()) {
            line(text, dependsOn(verdict, reading, language));
        }
        text.append('\n');
        for (CriterionVerdict criterion : verdict.criteria()) {
            criterion(text, criterion, verdict);
        }
        leadUnits(text, verdict);
        fromReview(text, verdict);
        if (!verdict.missingFacts().isEmpty()) {
            line(text, words("Cần bổ sung số liệu", "Facts needed") + ": " + String.join(", ", verdict.missingFacts()));
        }
        for (Warning warning : verdict.warnings()) {
            line(text, words("Lưu ý", "Note") + ": " + warning.message(language));
        }
        return text.toString();
    }

    private void criterion(StringBuilder text, CriterionVerdict criterion, Verdict verdict) {
        var definition = criterion.definition();
        line(
                text,
                "[" + criterion.status().label(language) + "] " + definition.id() + " · "
                        + definition.group().label(language) + " · "
                        + definition.title().in(language));
        line(text, "    " + words("Số liệu", "Figures") + ": " + criterion.reason(language));
        // The file's evidence for a figure, under the figures it supports, as the JSON carries it beside the value.
        for (String fact : criterion.facts(verdict.input()).keySet()) {
            String evidence = verdict.input().evidence().get(fact);
            if (evidence != null) {
                line(text, "    " + words("Nguồn số liệu", "Evidence") + " (" + fact + "): " + evidence);
            }
        }
        criterion.shortfall(language).ifPresent(s -> line(text, "    " + words("Còn thiếu", "To pass") + ": " + s));
        line(
                text,
                "    " + words("Yêu cầu", "Required") + ": "
                        + definition.requirement().in(language));
        if (definition.leadUnit() != null) {
            line(
                    text,
                    "    " + words("Đơn vị chủ trì", "Lead unit") + ": "
                            + definition.leadUnit().in(language));
        }
        line(text, "    " + words("Nguồn", "Source") + ": " + source(definition.source()));
    }

    /**
     * A scorecard's targets by lead unit: "Công an thành phố — đạt 12/13 chỉ tiêu: 2.1 Đạt · 2.3 Không đạt · …".
     * Nothing for a plan whose targets name no lead unit.
     */
    private void leadUnits(StringBuilder text, Verdict verdict) {
        List<LeadUnits.Unit> units = LeadUnits.of(verdict);
        if (units.isEmpty()) {
            return;
        }
        line(text, words("Theo đơn vị chủ trì", "By lead unit") + ":");
        for (LeadUnits.Unit unit : units) {
            line(
                    text,
                    "  " + unit.name().in(language) + " — "
                            + language.pick(
                                    "đạt " + unit.met() + "/" + unit.counted() + " chỉ tiêu",
                                    unit.met() + "/" + unit.counted() + " targets met")
                            + ": "
                            + unit.targets().stream()
                                    .map(t -> t.definition().id() + " "
                                            + t.status().label(language))
                                    .collect(Collectors.joining(" · ")));
        }
        text.append('\n');
    }

    /** Where the figures of a review came from ({@code evaluate --from-review}): the file and its sha256. */
    private void fromReview(StringBuilder text, Verdict verdict) {
        verdict.input()
                .fromReview()
                .ifPresent(review -> line(
                        text,
                        words("Số liệu lấy từ kết quả sơ kết", "Figures taken from the review") + ": " + review.file()
                                + " (sha256 " + review.sha256() + ")"));
    }

    /** "KH 45/KH-BCĐ, Danh mục …, STT 1: “…”; cột CHỈ TIÊU BCD GIAO: “Không để xảy ra”", each quote apart. */
    static String source(Source source) {
        return source.document() + ", "
                + source.quotes().stream()
                        .map(q -> q.section() + ": “" + q.quote() + "”")
                        .collect(Collectors.joining("; "));
    }

    /** "(sơ bộ)" after the label of a verdict that comes before the plan's final evaluation; nothing otherwise. */
    static String interimMark(boolean interim, Language language) {
        return interim ? language.pick(" (sơ bộ)", " (interim)") : "";
    }

    /** "not-applicable-target = leaves-count: CHƯA ĐẠT", for a review's table. */
    static String otherwise(Verdict verdict, ReadingAlternative reading, Language language) {
        return reading.reading().id() + " = " + reading.alternative().id() + ": "
                + verdict.label(reading.outcome(), language);
    }

    /** "not-applicable-target = counts-as-met, chi-tieu-count = nine": the readings a verdict or review used. */
    static String readingsUsed(java.util.Map<String, String> readings) {
        return readings.entrySet().stream()
                .map(r -> r.getKey() + " = " + r.getValue())
                .collect(Collectors.joining(", "));
    }

    /** "Kết quả phụ thuộc cách hiểu …: theo cách hiểu … thì CHƯA ĐẠT" */
    static String dependsOn(Verdict verdict, ReadingAlternative reading, Language language) {
        return language.pick("Kết quả phụ thuộc cách hiểu", "The outcome depends on a reading")
                + " “" + reading.reading().question().in(language) + "” ("
                + reading.reading().id() + ")"
                + language.pick(": theo cách hiểu “", ": under the reading “")
                + reading.alternative().text().in(language) + "” ("
                + reading.alternative().id() + ")"
                + language.pick(" thì ", " it is ") + verdict.label(reading.outcome(), language);
    }

    /** What every report writes after a draft rule set's version; nothing for a released one. */
    static String draftMark(boolean draft, Language language) {
        return draft ? language.pick(" (bản nháp, chưa phát hành)", " (draft, not released)") : "";
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }

    /** Every line of the text, its control characters escaped: a name in a file never prints a line of its own. */
    private static void line(StringBuilder text, String line) {
        text.append(Shown.line(line)).append('\n');
    }
}
