package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/** {@code chuyenhoa plans}: the plans and rule-set versions this build knows. */
@Command(
        name = "plans",
        header = "Liệt kê các kế hoạch và phiên bản bộ quy tắc. Lists the plans and their rule-set versions.")
final class PlansCommand implements Callable<Integer> {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Plan plan : Plans.load().all()) {
            PlanManifest m = plan.manifest();
            out.println(m.reference() + "  " + m.title().in(common.language));
            out.println("    " + common.language.pick("Địa bàn", "Jurisdiction") + ": "
                    + (m.jurisdiction().district() == null
                            ? ""
                            : m.jurisdiction().district() + ", ")
                    + m.jurisdiction().province()
                    + " · " + common.language.pick("loại", "types") + " " + String.join(", ", m.areaTypes())
                    + " · " + common.language.pick("hiệu lực", "in force") + " "
                    + DAY.format(m.inForce().from())
                    + " – " + DAY.format(m.inForce().to()));
        }
        return ExitCode.OK;
    }
}
