package vn.chuyenhoa.engine.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;

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
                            + String.join(", ", m.areaTypes()) + " · " + words("hiệu lực", "in force") + " "
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
                        + ": " + String.join(", ", m.areaTypes()));
        line(text, words("Hiệu lực", "In force") + ": " + period(m));
        line(
                text,
                words("Quy tắc kết luận", "Decision rule") + ": "
                        + m.decisionRule().text().in(language));
        line(text, "sha256: " + plan.sha256());
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
            line(
                    text,
                    "    " + words("Nguồn", "Source") + ": "
                            + criterion.source().document() + ", "
                            + criterion.source().section() + ": “"
                            + criterion.source().quote() + "”");
        }
        return text.toString();
    }

    private static String place(PlanManifest m) {
        return (m.jurisdiction().district() == null ? "" : m.jurisdiction().district() + ", ")
                + m.jurisdiction().province();
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
