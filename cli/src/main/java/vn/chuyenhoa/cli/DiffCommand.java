package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.diff.Corpus;
import vn.chuyenhoa.engine.diff.DiffMarkdown;
import vn.chuyenhoa.engine.diff.VersionDiff;
import vn.chuyenhoa.engine.message.InputErrors;

/** {@code chuyenhoa diff}: which areas of a corpus change verdict between two versions of a plan. */
@Command(
        name = "diff",
        sortOptions = false,
        header =
                "So sánh hai phiên bản bộ quy tắc trên cùng các địa bàn: liệt kê địa bàn đổi kết quả hoặc trạng thái tiêu chí.%n"
                        + "Evaluates a corpus under two versions of a plan and lists the areas whose outcome or criteria change.",
        description = {
            "",
            "In ra bảng Markdown dùng làm bình luận cho pull request. Tệp ghi kế hoạch khác được bỏ qua.",
            "Prints a Markdown table fit for a pull-request comment. Files that name another plan are left out; a file"
                    + " that cannot be evaluated is a row of its own.",
            "",
            "Ví dụ / example:",
            "  chuyenhoa diff --rules drafts 45-KH-BCD-2023@1.0.0 45-KH-BCD-2023@1.1.0 samples/tra-vinh-2023",
            "",
            "Mã thoát / exit: 0 done (or nothing changes, with --fail-on-change) · 1 something changes, with"
                    + " --fail-on-change · 2 usage (an unknown version, two plans); a file that cannot be evaluated"
                    + " does not change the exit"
        })
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Option(
            names = "--fail-on-change",
            description = "Thoát với mã 1 nếu có địa bàn thay đổi. Exit 1 when any area changes.")
    boolean failOnChange;

    @Parameters(
            index = "0",
            paramLabel = "ID@A",
            description = "Phiên bản trước / the version before, e.g. 45-KH-BCD-2023@1.0.0")
    String before;

    @Parameters(
            index = "1",
            paramLabel = "ID@B",
            description = "Phiên bản sau / the version after, e.g. 45-KH-BCD-2023@1.1.0")
    String after;

    @Parameters(
            index = "2..*",
            arity = "1..*",
            paramLabel = "FILE|DIR",
            description =
                    "Tệp số liệu, hoặc thư mục (mọi tệp .json, .yaml, .yml bên trong). Facts files, or folders (every"
                            + " .json, .yaml, .yml below).")
    List<Path> corpus;

    @Override
    public Integer call() {
        RuleSets sets = ruleSets.load();
        Plan left = sets.plan(before, "ID@A");
        Plan right = sets.plan(after, "ID@B");
        if (!left.id().equals(right.id())) {
            throw new InvalidInputException(InputErrors.versionsOfTwoPlans("ID@B", left.id(), right.id()));
        }
        Corpus areas = Corpus.read(sets.plans().reader(), corpus);
        VersionDiff diff = VersionDiff.compare(left, right, areas);
        PrintWriter err = spec.commandLine().getErr();
        areas.skipped().forEach(notice -> err.println(notice.message(common.language, OptionNames.INSTANCE)));
        diff.invalid().forEach(error -> err.println(error.message(common.language, OptionNames.INSTANCE)));
        spec.commandLine().getOut().print(new DiffMarkdown(common.language, OptionNames.INSTANCE).render(diff));
        // A file that cannot be evaluated is a row of the table, not a failure of the diff: the exit code says
        // whether the versions decide differently, so that --fail-on-change in CI is about the rules.
        return failOnChange && diff.changed() ? ExitCode.FAILED : ExitCode.OK;
    }
}
