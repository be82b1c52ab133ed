package vn.chuyenhoa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.render.PlanText;

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
        spec.commandLine().getOut().print(new PlanText(common.language).explain(chosen, plans.catalog()));
        return ExitCode.OK;
    }
}
