package vn.chuyenhoa.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.render.PlanText;

/** {@code chuyenhoa plans}: the plans and rule-set versions this build knows. */
@Command(
        name = "plans",
        header = "Liệt kê các kế hoạch và phiên bản bộ quy tắc. Lists the plans and their rule-set versions.")
final class PlansCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(new PlanText(common.language).list(Plans.load().all()));
        return ExitCode.OK;
    }
}
