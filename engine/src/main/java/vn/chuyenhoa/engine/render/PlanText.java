package vn.chuyenhoa.engine.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Quote;
import vn.chuyenhoa.engine.manifest.ReadingChoice;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;

/** Plans for a person to read: the list of plans and versions, and one plan explained criterion by criterion. */
public final class PlanText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Language language;

    public PlanText(Language language) {
        this.language = language;
    }

    /** Each version: its reference, title, jurisdiction, area types and period. */
    public String list(List<Plan> plans) {
        StringBuilder text = new StringBuilder();
        for (Plan plan : plans) {
            PlanManifest m = plan.manifest();
            line(text, m.reference() + "  " + m.title().in(language));
            line(
                    text,
                    "    " + words("Địa bàn", "Jurisdiction") + ": " + place(m) + " · " + words("loại", "types") + " "
                            + (m.areaTypes().isEmpty()
                                    ? words("không có (năm của cả thành phố)", "none (the city's year)")
                                    : String.join(", ", m.areaTypes()))
                            + " · " + words("hiệu lực", "in force") + " "
                            + period(m));
        }
        return text.toString();
    }

    /** One version: the document, its reach and period, the decision rule, and each criterion with its facts and source. */
    public String explain(Plan plan, FactCatalog catalog) {
        PlanManifest m = plan.manifest();
        StringBuilder text = new StringBuilder();
        line(text, m.reference() + " — " + m.title().in(language));
        line(text, words("Văn bản", "Document") + ": " + m.document());
        line(text, words("Cơ quan ban hành", "Issued by") + ": " + m.issuer());
        line(
                text,
                words("Địa bàn áp dụng", "Jurisdiction") + ": " + place(m) + " · " + words("loại địa bàn", "area types")
                        + ": "
                        + (m.areaTypes().isEmpty()
                                ? words(
                                        "không có — năm của cả thành phố (tệp số liệu không ghi types)",
                                        "none — the city's year (a facts file without types)")
                                : String.join(", ", m.areaTypes())));
        if (!m.jurisdiction().otherNames().isEmpty()) {
            line(
                    text,
                    words("Tên chính thức khác", "Other official names") + ": "
                            + m.jurisdiction().otherNames().stream()
                                    .map(o -> o.name() + words(" (từ ", " (from ") + DAY.format(o.from()) + ")")
                                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        line(text, words("Hiệu lực", "In force") + ": " + period(m));
        line(
                text,
                words("Quy tắc kết luận", "Decision rule") + ": "
                        + m.decisionRule().text().in(language));
        if (m.finalEvaluation() != null) {
            line(
                    text,
                    words("Đánh giá cuối kỳ", "Final evaluation") + ": "
                            + DAY.format(m.finalEvaluation().date())
                            + words(
                                    " (kết quả trên số liệu của năm kết thúc trước ngày này là sơ bộ) — ",
                                    " (a verdict on the figures of a year that ends before it is interim) — ")
                            + VerdictText.source(m.finalEvaluation().source()));
        }
        if (m.fromReview() != null) {
            line(
                    text,
                    words("Lấy từ kết quả sơ kết (--from-review)", "From a review (--from-review)") + ": "
                            + words("chỉ tiêu ", "target ") + m.fromReview().criterion() + " — "
                            + m.fromReview().facts().entrySet().stream()
                                    .map(e -> e.getKey() + " → " + e.getValue())
                                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        line(text, "sha256: " + plan.sha256());
        readings(text, m);
        for (CriterionDefinition criterion : m.criteria()) {
            text.append('\n');
            line(
                    text,
                    criterion.id() + " · " + criterion.group().label(language)
                            + (criterion.isDecisive()
                                    ? ""
                                    : " · " + words("tham khảo, không quyết định", "for information, not decisive"))
                            + " · " + criterion.title().in(language));
            line(
                    text,
                    "    " + words("Yêu cầu", "Required") + ": "
                            + criterion.requirement().in(language));
            line(text, "    " + words("Số liệu", "Facts") + ":");
            for (String fact : criterion.facts()) {
                FactDefinition definition = catalog.get(fact);
                line(
                        text,
                        "      " + fact + " — " + definition.meaning().in(language)
                                + (definition.unit() == null
                                        ? " (true/false)"
                                        : " (" + definition.unit().of(2, language) + ")"));
            }
            if (criterion.leadUnit() != null) {
                line(
                        text,
                        "    " + words("Đơn vị chủ trì", "Lead unit") + ": "
                                + criterion.leadUnit().in(language));
            }
            line(text, "    " + words("Nguồn", "Source") + ": " + VerdictText.source(criterion.source()));
        }
        return text.toString();
    }

    /**
     * Each passage open to more than one reading: the question, the plan's words, the reading chosen and why, and
     * the others with the facts each needs (DESIGN 1.1).
     */
    private void readings(StringBuilder text, PlanManifest m) {
        if (m.readings().isEmpty()) {
            return;
        }
        text.append('\n');
        line(
                text,
                words("Cách hiểu", "Readings") + " (" + m.readings().size()
                        + words(
                                "): chỗ lời văn của kế hoạch hiểu được nhiều cách, cách hiểu đã chọn và các cách khác"
                                        + " (--reading ID=LỰA_CHỌN)",
                                "): where the plan's words can be read more than one way, the reading chosen and the"
                                        + " others (--reading ID=CHOICE)"));
        for (ReadingDefinition reading : m.readings()) {
            text.append('\n');
            line(text, reading.id() + " · " + reading.question().in(language));
            for (Quote quote : reading.words()) {
                line(text, "    " + words("Lời văn", "Words") + ": " + quote.section() + ": “" + quote.quote() + "”");
            }
            ReadingChoice chosen = reading.choice(reading.chosen()).orElseThrow();
            line(
                    text,
                    "    " + words("Đã chọn", "Chosen") + ": " + chosen.id() + " — "
                            + chosen.text().in(language));
            line(text, "    " + words("Lý do", "Why") + ": " + reading.reason().in(language));
            for (ReadingChoice choice : reading.choices()) {
                if (choice == chosen) {
                    continue;
                }
                line(
                        text,
                        "    " + words("Cách hiểu khác", "Alternative") + ": " + choice.id() + " — "
                                + choice.text().in(language)
                                + (choice.facts().isEmpty()
                                        ? ""
                                        : words(" (cần thêm số liệu: ", " (needs the facts: ")
                                                + String.join(", ", choice.facts()) + ")"));
            }
        }
    }

    private static String place(PlanManifest m) {
        var j = m.jurisdiction();
        return (j.area() == null ? "" : j.area() + ", ")
                + (j.district() == null ? "" : j.district() + ", ")
                + j.province();
    }

    private static String period(PlanManifest m) {
        return DAY.format(m.inForce().from()) + " – " + DAY.format(m.inForce().to());
    }

    private String words(String vi, String en) {
        return language.pick(vi, en);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
