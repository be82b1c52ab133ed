package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetFiles;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.engine.golden.GoldenSuite;
import vn.chuyenhoa.engine.output.OutputFiles;

/** {@code chuyenhoa test}: runs the golden cases stored beside each rule-set version. */
@Command(
        name = "test",
        sortOptions = false,
        header = "Chạy các trường hợp mẫu (golden cases) của các kế hoạch.%n"
                + "Runs the plans' golden cases: facts and the whole verdict they must give.",
        description = {
            "",
            "Không nêu PLAN: mọi phiên bản của mọi kế hoạch. PLAN là mã kế hoạch (mọi phiên bản) hoặc mã@phiên bản.",
            "Without PLAN: every version of every plan. PLAN is a plan id (all its versions) or id@version.",
            "",
            "Mã thoát / exit: 0 every case gives its expected verdict · 1 some case does not · 2 invalid usage"
        })
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--format",
            arity = "2",
            paramLabel = "junit FILE",
            hideParamSyntax = true,
            description = "Ghi thêm kết quả dạng JUnit XML vào FILE cho hệ thống CI. Also write JUnit XML to FILE.")
    List<String> format;

    @Option(
            names = "--print-reasons",
            description = {
                "In dưới mỗi trường hợp lý do, phần còn thiếu và quy tắc kết luận thật, dạng YAML để dán vào golden.yaml.",
                "Prints under each case its real reasons, shortfalls and decision, as YAML to paste into golden.yaml."
            })
    boolean printReasons;

    @Parameters(arity = "0..*", paramLabel = "PLAN", description = "45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0")
    List<String> plans;

    @Override
    public Integer call() {
        Path junit = junitFile();
        RuleSets sets = ruleSets.load();
        // The files of the drafts are this run's inputs: the report is never written over one of them.
        List<Path> inputs = sets.entries().stream()
                .filter(e -> !e.packaged())
                .flatMap(e -> Stream.of(RuleSetFiles.MANIFEST, RuleSetFiles.DRL, RuleSetFiles.GOLDEN)
                        .map(name -> Path.of(e.files().place(name))))
                .toList();
        OutputFiles files = output.files(inputs);
        if (junit != null) {
            files.check(junit);
        }
        List<GoldenSuite> suites =
                sets.select(plans, "PLAN").stream().map(GoldenSuite::run).toList();
        PrintWriter out = spec.commandLine().getOut();
        Language l = common.language;
        long cases = 0;
        long passed = 0;
        for (GoldenSuite suite : suites) {
            print(out, suite, l, printReasons);
            cases += suite.results().size();
            passed += suite.passedCount();
        }
        boolean allPassed = suites.stream().allMatch(GoldenSuite::passed);
        out.println(l.pick("Tổng: ", "Total: ") + passed + "/" + cases + l.pick(" trường hợp đúng, ", " cases pass, ")
                + suites.size() + l.pick(" bộ quy tắc — ", " rule sets — ")
                + (allPassed ? l.pick("ĐẠT", "PASSED") : l.pick("CÓ LỖI", "FAILED")));
        // The closing line CI systems read, the same in every language.
        out.println("golden: " + passed + " passed, " + (cases - passed) + " failed");
        if (junit != null) {
            JunitXml.write(suites, junit, files);
        }
        return allPassed ? ExitCode.OK : ExitCode.FAILED;
    }

    private Path junitFile() {
        if (format == null) {
            return null;
        }
        if (format.size() != 2 || !format.get(0).equalsIgnoreCase("junit")) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick(
                                    "--format: nêu một lần, dạng --format junit TỆP (định dạng báo cáo duy nhất là"
                                            + " junit), không phải ",
                                    "--format: give it once, as --format junit FILE (the only report format is junit),"
                                            + " not ")
                            + String.join(" ", format));
        }
        return Path.of(format.get(1));
    }

    private static void print(PrintWriter out, GoldenSuite suite, Language l, boolean reasons) {
        out.println(suite.reference() + " — " + suite.results().size() + l.pick(" trường hợp mẫu", " golden cases")
                + " (" + suite.entry().files().location() + ")");
        for (Problem problem : suite.problems()) {
            out.println("  " + l.pick("LỖI", "ERROR") + "   " + problem.line(l));
        }
        for (GoldenCases.Result result : suite.results()) {
            out.println("  " + (result.passed() ? l.pick("đúng ", "ok   ") : l.pick("SAI  ", "FAIL ")) + " "
                    + result.golden().rule());
            for (String difference : result.differences(l)) {
                out.println("          - " + difference);
            }
            if (reasons && result.evaluated()) {
                reasons(out, result.verdict());
            }
        }
        out.println("  " + suite.passedCount() + "/" + suite.results().size() + l.pick(" đúng", " pass"));
        out.println();
    }

    /**
     * A case's real texts, in Vietnamese as golden cases state them, indented as a case's keys in golden.yaml: the
     * decision, each criterion's reason, and the shortfall of those not met.
     */
    private static void reasons(PrintWriter out, Verdict verdict) {
        String indent = "            ";
        out.println(indent + "decision: [" + yaml(verdict.decision().reason(Language.VI)) + "]");
        out.println(indent + "reasons:");
        for (CriterionVerdict criterion : verdict.criteria()) {
            out.println(
                    indent + "  " + criterion.definition().id() + ": [" + yaml(criterion.reason(Language.VI)) + "]");
        }
        List<CriterionVerdict> notMet = verdict.criteria().stream()
                .filter(c -> c.shortfall(Language.VI).isPresent())
                .toList();
        if (!notMet.isEmpty()) {
            out.println(indent + "shortfall:");
            notMet.forEach(c -> out.println(indent + "  " + c.definition().id() + ": "
                    + yaml(c.shortfall(Language.VI).orElseThrow())));
        }
        out.println(indent + "missing: [" + String.join(", ", verdict.missingFacts()) + "]");
    }

    /** A text as a double-quoted YAML string. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
