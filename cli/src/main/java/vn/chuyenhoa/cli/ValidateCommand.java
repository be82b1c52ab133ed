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
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.form.FactsCheck;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.Shown;

/** {@code chuyenhoa validate}: checks facts files without evaluating them, reporting every error at once. */
@Command(
        name = "validate",
        sortOptions = false,
        header = "Kiểm tra tệp số liệu mà không đánh giá: báo mọi lỗi một lần.%n"
                + "Checks facts files without evaluating them, reporting every error at once.",
        description = {
            "",
            "Đọc tệp (JSON hoặc YAML), chọn kế hoạch và kiểm tra năm nằm trong thời gian hiệu lực. Mỗi lỗi ghi tệp,"
                    + " vị trí (JSON path), điều cần, điều gặp và gợi ý sửa.",
            "Reads each file, chooses its plan and checks the year is in the plan's period. Each error names the file,"
                    + " the JSON path, what was expected and found, and a suggestion.",
            "",
            "Mã thoát / exit: 0 every file valid · 2 some file invalid"
        })
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Option(
            names = "--plan",
            paramLabel = "PLAN",
            description = "Kế hoạch, như với evaluate. Without it, the plan the file names.")
    String plan;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp số liệu JSON hoặc YAML. Facts files.")
    List<Path> files;

    @Override
    public Integer call() {
        FactsCheck check = new FactsCheck(ruleSets.plans());
        PrintWriter out = spec.commandLine().getOut();
        Language l = common.language;
        int invalid = 0;
        for (Path file : files) {
            FactsCheck.Result result = check.check(file, plan);
            if (result.valid()) {
                int size = PlanForm.of(result.plan()).fields().size();
                String filled = l.number(size - result.empty().size()) + "/" + l.number(size);
                out.println(Shown.line(file + ": " + l.pick("hợp lệ", "valid") + " — " + l.pick("kế hoạch ", "plan ")
                        + result.plan().manifest().reference() + ", " + l.pick("năm ", "year ")
                        + result.facts().year()
                        + ", " + l.pick("đã điền " + filled + " số liệu", filled + " facts filled in")
                        + (result.empty().isEmpty()
                                ? ""
                                : l.pick("; còn trống: ", "; still empty: ") + String.join(", ", result.empty()))));
            } else {
                invalid++;
                for (InputError error : result.errors()) {
                    out.println(
                            error.file() == null
                                    ? Shown.line(file + ": " + error.message(l, OptionNames.INSTANCE))
                                    : error.message(l, OptionNames.INSTANCE));
                }
                out.println(Shown.line(file.toString()) + ": "
                        + l.pick(
                                result.errors().size() + " lỗi",
                                result.errors().size() + (result.errors().size() == 1 ? " error" : " errors")));
            }
        }
        if (files.size() > 1) {
            out.println(l.pick(
                    files.size() + " tệp: " + (files.size() - invalid) + " hợp lệ, " + invalid + " có lỗi",
                    files.size() + " files: " + (files.size() - invalid) + " valid, " + invalid + " with errors"));
        }
        return invalid == 0 ? ExitCode.OK : ExitCode.INVALID;
    }
}
