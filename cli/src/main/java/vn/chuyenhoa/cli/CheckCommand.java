package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.check.CheckReport;
import vn.chuyenhoa.engine.check.RuleSetCheck;
import vn.chuyenhoa.engine.golden.Coverage;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;

/** {@code chuyenhoa check}: the static gate on every rule set, and the coverage of its golden cases. */
@Command(
        name = "check",
        sortOptions = false,
        header = "Kiểm tra các bộ quy tắc: nguồn của tiêu chí, liên kết quy tắc–tiêu chí, số liệu khai báo, độ phủ.%n"
                + "Checks the rule sets: sources, rules tied to criteria, declared facts, golden-case coverage.",
        description = {
            "",
            "Báo lỗi, nêu chỗ sai, khi: DRL dùng gì ngoài ngôn ngữ quy tắc (chỉ AreaFacts và các hàm kiểm tra Checks,"
                    + " docs/adding-a-plan.md); tiêu chí thiếu nguồn (văn bản, mục, trích dẫn); quy tắc không gắn với tiêu chí"
                    + " đã khai báo; tiêu chí không được quyết định; DRL đọc số liệu không khai báo cho tiêu chí đó;"
                    + " tiêu chí không có trường hợp mẫu đạt hoặc không đạt.",
            "Fails, naming the place, when the DRL uses anything outside the rule language (the area and the checks"
                    + " only); a criterion lacks its source (document, section, quote); a rule is not"
                    + " tied to a declared criterion; a declared criterion is never decided; the DRL reads a fact not"
                    + " declared for that criterion; or a criterion has no golden case where it passes, or none where"
                    + " it fails. Prints each plan's coverage: criterion × status, counted in golden cases.",
            "",
            "Phiên bản đã phát hành (plans.lock) không được thay đổi; phiên bản đóng gói phải có trong plans.lock"
                    + " và CHANGELOG.md; phiên bản vá (x.y.1) phải cho cùng kết quả như bản vá trước nó.",
            "Releases: a packaged version must be in plans.lock, unchanged, with its CHANGELOG.md entry; a patch"
                    + " version (x.y.1) must decide its golden cases as the patch before it does.",
            "",
            "Mã thoát / exit: 0 every rule set passes · 1 some problem · 2 invalid usage"
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Parameters(
            arity = "0..*",
            paramLabel = "PLAN",
            description = "45-KH-BCD-2023 (mọi phiên bản / every version) hoặc 45-KH-BCD-2023@1.0.0")
    List<String> plans;

    @Override
    public Integer call() {
        RuleSets sets = ruleSets.load();
        RuleSetCheck check = new RuleSetCheck(sets);
        PrintWriter out = spec.commandLine().getOut();
        Language l = common.language;
        int problems = 0;
        List<RuleSets.Entry> selected = sets.select(plans, "PLAN");
        for (RuleSets.Entry entry : selected) {
            CheckReport report = check.check(entry);
            print(out, report, l);
            problems += report.problems().size();
        }
        List<Problem> lock = check.repositoryProblems(plans);
        if (!lock.isEmpty()) {
            out.println(l.pick("Lỗi của bộ quy tắc nói chung", "Problems of the rules as a whole") + " (" + lock.size()
                    + "):");
            lock.forEach(problem -> out.println("  " + problem.line(l)));
            out.println();
            problems += lock.size();
        }
        out.println(l.pick("Tổng: ", "Total: ")
                + selected.size()
                + l.pick(" bộ quy tắc, ", " rule sets, ")
                + problems
                + l.pick(" lỗi — ", " problems — ")
                + (problems == 0 ? l.pick("ĐẠT", "PASSED") : l.pick("CÓ LỖI", "FAILED")));
        return problems == 0 ? ExitCode.OK : ExitCode.FAILED;
    }

    private static void print(PrintWriter out, CheckReport report, Language l) {
        out.println(report.reference() + " — " + report.location()
                + (report.sha256() == null ? "" : " — sha256 " + report.sha256()));
        report.coverageIfRun()
                .ifPresentOrElse(
                        coverage -> {
                            out.println(l.pick(
                                    "Độ phủ: số trường hợp mẫu cho thấy mỗi tiêu chí ở mỗi trạng thái",
                                    "Coverage: golden cases showing each criterion in each status"));
                            out.println();
                            table(out, coverage, l);
                            out.println();
                        },
                        () -> out.println(
                                l.pick("Chưa chạy các trường hợp mẫu: ", "Golden cases not run: ") + report.notRun(l)));
        if (report.passed()) {
            out.println(l.pick("Đạt: không có lỗi.", "Passed: no problems."));
        } else {
            out.println(l.pick("Lỗi", "Problems") + " (" + report.problems().size() + "):");
            for (Problem problem : report.problems()) {
                out.println("  " + problem.line(l));
            }
        }
        out.println();
    }

    /** A Markdown table with padded columns, readable in a terminal and in a pull request. */
    private static void table(PrintWriter out, Coverage coverage, Language l) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(l.pick("Tiêu chí", "Criterion"));
        Coverage.STATUSES.forEach(s -> header.add(s.label(l)));
        rows.add(header);
        for (CriterionDefinition criterion : coverage.criteria()) {
            List<String> row = new ArrayList<>();
            row.add(criterion.id()
                    + (criterion.isDecisive()
                            ? ""
                            : " (" + Status.INFO.label(l).toLowerCase(java.util.Locale.ROOT)
                                    + l.pick(": trạng thái đo được", ": measured status") + ")"));
            for (Status status : Coverage.STATUSES) {
                int count = coverage.count(criterion.id(), status);
                boolean unshown = count == 0 && Coverage.BOTH_SIDES.contains(status);
                row.add(count + (unshown ? " ✗" : ""));
            }
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        out.println(row(rows.get(0), widths));
        StringBuilder separator = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            // The criterion column reads left to right; the counts line up on the right.
            separator
                    .append(' ')
                    .append(i == 0 ? "-".repeat(widths[i]) : "-".repeat(widths[i] - 1) + ":")
                    .append(" |");
        }
        out.println(separator);
        rows.subList(1, rows.size()).forEach(row -> out.println(row(row, widths)));
    }

    private static String row(List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String padding = " ".repeat(widths[i] - cells.get(i).length());
            text.append(' ')
                    .append(i == 0 ? cells.get(i) + padding : padding + cells.get(i))
                    .append(" |");
        }
        return text.toString();
    }
}
