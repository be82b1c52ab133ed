package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetLock;
import vn.chuyenhoa.engine.authoring.RulesSourceTree;

/** {@code chuyenhoa lock}: releases new rule-set versions by adding their lines to plans.lock. */
@Command(
        name = "lock",
        sortOptions = false,
        header = "Phát hành phiên bản bộ quy tắc mới: thêm dòng của nó vào plans.lock.%n"
                + "Releases new rule-set versions: adds their lines to plans.lock.",
        description = {
            "",
            "Với mỗi phiên bản có trong plans.index mà chưa có trong rules/src/main/resources/chuyenhoa/plans.lock"
                    + " và đã có mục trong CHANGELOG.md: thêm một dòng sha256 của manifest, DRL, trường hợp mẫu và"
                    + " định nghĩa các số liệu nó dùng. Không bao giờ viết lại dòng đã có.",
            "For each version in plans.index that the lock does not hold and that has its CHANGELOG.md entry: adds"
                    + " one line with the sha256 of its manifest, DRL, golden cases and the definitions of the facts"
                    + " it uses. A line already there is never rewritten: changing a released version is a hand edit"
                    + " that shows in review.",
            "",
            "Mã thoát / exit: 0 done · 1 some version refused (changed after release, no CHANGELOG entry) · 2 usage"
        })
final class LockCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(
            names = "--repository",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Thư mục gốc của kho (mặc định: thư mục hiện tại). The repository's root (default: here).")
    Path repository;

    @Parameters(
            arity = "0..*",
            paramLabel = "PLAN",
            description =
                    "45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.1.0; mặc định mọi phiên bản mới / default: every new version")
    List<String> plans = new ArrayList<>();

    @Override
    public Integer call() {
        RulesSourceTree.LockUpdate update = RulesSourceTree.at(repository).lock(plans);
        PrintWriter out = spec.commandLine().getOut();
        Language l = common.language;
        String lock = RulesSourceTree.RULES.resolve(RuleSetLock.FILE).toString();
        if (update.added().isEmpty()) {
            out.println(l.pick(
                    "Không có phiên bản mới nào để phát hành; " + lock + " giữ nguyên.",
                    "No new version to release; " + lock + " is unchanged."));
        } else {
            out.println(l.pick("Đã phát hành (thêm vào " + lock + "):", "Released (added to " + lock + "):"));
            update.added().forEach(line -> out.println("  " + line.reference()));
        }
        if (!update.refused().isEmpty()) {
            out.println(l.pick("Không phát hành được:", "Not released:"));
            for (Problem problem : update.refused()) {
                out.println("  " + problem.line(l));
            }
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }
}
