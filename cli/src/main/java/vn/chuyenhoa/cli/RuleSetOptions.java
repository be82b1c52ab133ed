package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.authoring.RuleSets;

/**
 * {@code --rules DIR}: draft rule sets beside the released ones, for check, test and diff, and for evaluate, validate
 * and review, whose every verdict under a draft says so.
 */
final class RuleSetOptions {
    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = {
                "Thêm các bộ quy tắc trong DIR (thư mục <mã kế hoạch>/<phiên bản>/ có manifest.yaml, rules.drl,"
                        + " golden.yaml), biên dịch DRL khi chạy; bản cùng phiên bản thay bản đã đóng gói.",
                "Adds the rule-set versions under DIR, compiling their DRL now (about 3 s each); one with the"
                        + " version of a shipped one replaces it. Lets an author try a version before building."
            })
    List<Path> folders = new ArrayList<>();

    RuleSets load() {
        return RuleSets.load(RuleSetOptions.class.getClassLoader(), folders);
    }

    /**
     * The plans to evaluate under: the released ones, with the drafts when {@code --rules} is given. A draft that
     * cannot be loaded is refused here with its problems, before any file is read.
     */
    Plans plans() {
        if (folders.isEmpty()) {
            return Plans.load();
        }
        RuleSets sets = load();
        for (RuleSets.Entry entry : sets.entries()) {
            if (!entry.packaged() && entry.plan() == null) {
                sets.plan(entry.reference(), "--rules");
            }
        }
        return sets.plans();
    }
}
