package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/** {@code chuyenhoa explain PLAN}: the criteria, their thresholds, facts and sources, and the decision rule. */
@Command(
        name = "explain",
        header = "Giải thích một kế hoạch: tiêu chí, ngưỡng, số liệu cần và nguồn. "
                + "Explains a plan: its criteria, thresholds, facts and sources.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "PLAN", description = "45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0")
    String plan;

    @Override
    public Integer call() {
        Plans plans = Plans.load();
        Plan chosen = plans.get(plan, null, "PLAN");
        PlanManifest m = chosen.manifest();
        Language l = common.language;
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.reference() + " — " + m.title().in(l));
        out.println(l.pick("Văn bản", "Document") + ": " + m.document());
        out.println(l.pick("Cơ quan ban hành", "Issued by") + ": " + m.issuer());
        out.println(l.pick("Địa bàn áp dụng", "Jurisdiction") + ": "
                + (m.jurisdiction().district() == null ? "" : m.jurisdiction().district() + ", ")
                + m.jurisdiction().province() + " · " + l.pick("loại địa bàn", "area types") + ": "
                + String.join(", ", m.areaTypes()));
        out.println(l.pick("Hiệu lực", "In force") + ": "
                + PlansCommand.DAY.format(m.inForce().from()) + " – "
                + PlansCommand.DAY.format(m.inForce().to()));
        out.println(l.pick("Quy tắc kết luận", "Decision rule") + ": "
                + m.decisionRule().text().in(l));
        out.println("sha256: " + chosen.sha256());
        for (CriterionDefinition criterion : m.criteria()) {
            out.println();
            out.println(criterion.id() + " · " + criterion.group().label(l)
                    + (criterion.isDecisive()
                            ? ""
                            : " · " + l.pick("tham khảo, không quyết định", "for information, not decisive"))
                    + " · " + criterion.title().in(l));
            out.println("    " + l.pick("Yêu cầu", "Required") + ": "
                    + criterion.requirement().in(l));
            out.println("    " + l.pick("Số liệu", "Facts") + ":");
            for (String fact : criterion.facts()) {
                FactDefinition definition = plans.catalog().get(fact);
                out.println("      " + fact + " — " + definition.meaning().in(l)
                        + (definition.unit() == null
                                ? " (true/false)"
                                : " (" + definition.unit().of(2, l) + ")"));
            }
            out.println("    " + l.pick("Nguồn", "Source") + ": "
                    + criterion.source().document() + ", " + criterion.source().section() + ": “"
                    + criterion.source().quote() + "”");
        }
        return ExitCode.OK;
    }
}
