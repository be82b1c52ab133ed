package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.FileError;
import vn.chuyenhoa.engine.FileResult;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.choice.PlanSelection;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.render.VerdictJson;
import vn.chuyenhoa.engine.render.VerdictText;
import vn.chuyenhoa.engine.review.FromReview;

/** {@code chuyenhoa evaluate}: one verdict per facts file. */
@Command(
        name = "evaluate",
        sortOptions = false,
        header = "Đánh giá địa bàn: ĐẠT / CHƯA ĐẠT / CHƯA ĐỦ DỮ LIỆU, với lý do cho từng tiêu chí.%n"
                + "Evaluate areas: one verdict per facts file, with a reason per criterion.",
        description = {
            "",
            "Mỗi tệp là số liệu của một địa bàn trong một kỳ đánh giá (xem docs/facts-format.md).",
            "Each file holds one area's facts for one period. A bad file is reported and the others are still evaluated.",
            "",
            "Mã thoát / exit: 0 all ĐẠT · 1 some CHƯA ĐẠT · 2 some file invalid · 3 some CHƯA ĐỦ DỮ LIỆU"
        })
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Option(
            names = "--plan",
            paramLabel = "PLAN",
            description = "Kế hoạch, ví dụ 45-KH-BCD-2023 (bản mới nhất) hoặc 45-KH-BCD-2023@1.0.0. "
                    + "Without it, the plan the file names, else the one chosen by province, area type and year.")
    String plan;

    // Choosing a plan without its id (docs/choosing-a-plan.md): each option replaces the file's field for
    // choosing only; the facts and the verdict keep the file's values. With a plan named, each must fit it.
    @Option(
            names = "--province",
            paramLabel = "TỈNH",
            description = "Chọn kế hoạch của tỉnh này (thay $.area.province khi chọn). "
                    + "Choose the plan of this province, e.g. \"Thừa Thiên Huế\".")
    String province;

    @Option(
            names = "--area-type",
            paramLabel = "LOẠI",
            description = "Chọn kế hoạch cho loại địa bàn này (thay $.area.types khi chọn). "
                    + "Choose the plan for this area type: TTATXH, LOAI_1 … LOAI_4.")
    String areaType;

    @Option(
            names = "--year",
            paramLabel = "NĂM",
            description = "Chọn kế hoạch còn hiệu lực trong năm này (thay $.year khi chọn). "
                    + "Choose the plan in force in this year.")
    Integer year;

    @Option(
            names = "--reading",
            paramLabel = "ID=LỰA_CHỌN",
            description = "Đánh giá theo một cách hiểu khác của kế hoạch (lặp lại được; explain PLAN liệt kê). "
                    + "Evaluate under a declared alternative reading, e.g. not-applicable-target=leaves-count.")
    Map<String, String> readings = new LinkedHashMap<>();

    @Option(
            names = "--ignore-jurisdiction",
            description = "Chạy thử theo kế hoạch đã nêu dù kế hoạch không áp dụng cho địa bàn (kết quả ghi rõ). "
                    + "Evaluate under the named plan even outside its reach: a what-if, marked in the verdict.")
    boolean ignoreJurisdiction;

    @Option(
            names = "--from-review",
            paramLabel = "SO-KET.json",
            description = "Lấy số liệu về các địa bàn chuyển hóa từ kết quả sơ kết (chuyenhoa review --format json), "
                    + "với kế hoạch có khai báo from_review (102-KH-UBND-2023, chỉ tiêu 2.10). "
                    + "Fill the facts a plan takes from a year review's JSON; the verdict records its file and sha256.")
    Path fromReview;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text (mặc định, cho người đọc) hoặc json (chuyenhoa.verdict/v1).")
    OutputFormat format;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Tệp số liệu của địa bàn, JSON hoặc YAML. Facts files, JSON or YAML.")
    List<Path> files;

    @Override
    public Integer call() {
        Plans plans = ruleSets.plans();
        PlanSelection selection = new PlanSelection(province, areaType, year, ignoreJurisdiction);
        FactsReader reader = plans.reader(plan);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileResult> results = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        boolean anyInvalid = false;
        FromReview review;
        try {
            review = fromReview == null ? null : FromReview.read(fromReview);
        } catch (InvalidInputException e) {
            // Without the review no file can be evaluated as asked: a usage error before any verdict.
            e.errors().forEach(error -> err.println(error.message(common.language, OptionNames.INSTANCE)));
            return ExitCode.INVALID;
        }
        for (Path file : files) {
            try {
                FactsFile facts = reader.read(file);
                Plan chosen = plans.choose(facts, plan, selection);
                Verdict verdict = chosen.evaluate(
                        review == null ? facts : review.fill(facts, chosen.manifest(), plans.catalog()), readings);
                results.add(verdict);
                outcomes.add(verdict.outcome());
            } catch (InvalidInputException e) {
                anyInvalid = true;
                for (InputError error : e.errors()) {
                    err.println(error.message(common.language, OptionNames.INSTANCE));
                }
                results.add(new FileError(file.toString(), e.errors()));
            }
        }
        print(out, results);
        return ExitCode.of(outcomes, anyInvalid);
    }

    private void print(PrintWriter out, List<FileResult> results) {
        if (format == OutputFormat.JSON) {
            VerdictJson json = new VerdictJson(common.language, OptionNames.INSTANCE);
            out.print(results.size() == 1 ? json.toJson(results.get(0)) : json.toJson(results));
            return;
        }
        VerdictText text = new VerdictText(common.language);
        boolean first = true;
        for (FileResult result : results) {
            if (result instanceof Verdict verdict) {
                if (!first) {
                    out.println();
                }
                out.print(text.render(verdict));
                first = false;
            }
        }
    }
}
