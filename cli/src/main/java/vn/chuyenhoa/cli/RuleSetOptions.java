package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vn.chuyenhoa.engine.authoring.RuleSets;

/** {@code --rules DIR}: the authoring mode of check, test and diff. */
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
}
