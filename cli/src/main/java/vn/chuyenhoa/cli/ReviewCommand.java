package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.output.OutputFiles;
import vn.chuyenhoa.engine.render.ReviewCsv;
import vn.chuyenhoa.engine.render.ReviewHtml;
import vn.chuyenhoa.engine.render.ReviewJson;
import vn.chuyenhoa.engine.render.ReviewText;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewInputs;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewWindow;
import vn.chuyenhoa.engine.workbook.ReviewWorkbook;

/** {@code chuyenhoa review}: the year review of every selected area, with the summary the committee reports. */
@Command(
        name = "review",
        sortOptions = false,
        header =
                "Sơ kết năm: đánh giá mọi địa bàn được lựa chọn, tổng hợp theo huyện và toàn tỉnh, chỉ tiêu của tỉnh.%n"
                        + "Year review: evaluate every selected area; counts by district and province, the province's targets.",
        description = {
            "",
            "Đầu vào: tệp số liệu, thư mục (mọi tệp .json, .yaml, .yml bên trong), tệp CSV hoặc sổ Excel mỗi địa bàn một dòng"
                    + " (xem docs/review.md).",
            "Inputs: facts files, directories (every .json, .yaml, .yml below), CSV files or Excel workbooks with a"
                    + " row per area. "
                    + "A bad file or row is listed as invalid and every other area is still evaluated.",
            "",
            "In bảng tổng hợp và ghi báo cáo HTML (mặc định so-ket-NĂM.html ở thư mục hiện tại; --no-html để không ghi).",
            "Prints the summary and writes the HTML report (so-ket-YEAR.html in the current directory unless --html/--no-html).",
            "",
            "Mã thoát / exit: 0 all ĐẠT · 1 some CHƯA ĐẠT · 2 some input invalid · 3 some CHƯA ĐỦ DỮ LIỆU"
        })
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    RuleSetOptions ruleSets;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--plan",
            paramLabel = "PLAN",
            description =
                    "Đánh giá mọi địa bàn theo kế hoạch này. Without it, each area's own plan (named, else chosen).")
    String plan;

    @Option(
            names = "--year",
            paramLabel = "NĂM",
            description = "Năm sơ kết; kỳ thống kê mặc định 16/11 năm trước – 15/11. The year under review "
                    + "(default: the year most areas give).")
    Integer year;

    @Option(
            names = "--window",
            paramLabel = "TỪ..ĐẾN",
            description =
                    "Kỳ thống kê, ví dụ 2018-11-16..2019-11-15 hoặc 16/11/2018..15/11/2019. The statistics window.")
    String window;

    @Option(
            names = "--communes",
            paramLabel = "N",
            description =
                    "Số đơn vị hành chính cấp xã của tỉnh (chỉ tiêu 15 %%). The province's communes, for the 15 %% cap.")
    Long communes;

    @Option(
            names = "--previously-transformed",
            paramLabel = "N",
            description =
                    "Số địa bàn đã chuyển hóa thành công ở các năm trước (chỉ tiêu 85 %%). Areas transformed before.")
    Long previouslyTransformed;

    @Option(
            names = "--relapsed",
            paramLabel = "N",
            description = "Trong đó số địa bàn phức tạp trở lại. Of those, the areas complex again.")
    Long relapsed;

    @Option(
            names = "--csv",
            paramLabel = "FILE",
            description =
                    "Tệp CSV, mỗi địa bàn một dòng (có thể lặp lại). A CSV file with a row per area (repeatable).")
    List<Path> csvFiles = List.of();

    @Option(
            names = "--xlsx",
            paramLabel = "FILE",
            description = "Sổ Excel (.xlsx), mỗi địa bàn một dòng, cùng các cột như CSV (có thể lặp lại)."
                    + " An Excel workbook with a row per area, the CSV's columns (repeatable).")
    List<Path> workbooks = List.of();

    @Option(
            names = "--format",
            paramLabel = "text|json",
            defaultValue = "text",
            description = "text (mặc định) hoặc json ({\"summary\": …, \"areas\": […]}).")
    OutputFormat format;

    @Option(
            names = "--csv-out",
            paramLabel = "FILE",
            description =
                    "Ghi bảng từng địa bàn ra CSV để mở bằng Excel. Write a row per area to a CSV file for Excel.")
    Path csvOut;

    @Option(
            names = "--xlsx-out",
            paramLabel = "FILE",
            description = "Ghi sổ Excel: trang tổng hợp, mỗi địa bàn một dòng, mỗi địa bàn và tiêu chí một dòng."
                    + " Write a workbook: a summary sheet, a row per area, a row per area and criterion.")
    Path xlsxOut;

    @Option(
            names = "--csv-separator",
            paramLabel = ";|,",
            defaultValue = ";",
            description = "Dấu phân cách của --csv-out: ; (mặc định, Excel tiếng Việt) hoặc , (Excel tiếng Anh).")
    char csvSeparator;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Ghi báo cáo HTML vào tệp này. Write the HTML report here.")
    Path html;

    @Option(names = "--no-html", description = "Không ghi báo cáo HTML. Do not write the HTML report.")
    boolean noHtml;

    @Parameters(
            arity = "0..*",
            paramLabel = "PATH",
            description = "Tệp số liệu hoặc thư mục. Facts files or directories.")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        if (paths.isEmpty() && csvFiles.isEmpty() && workbooks.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick(
                            "cần ít nhất một tệp, thư mục, --csv TỆP hoặc --xlsx TỆP",
                            "give at least one file, directory, --csv FILE or --xlsx FILE"));
        }
        if (html != null && noHtml) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick(
                            "--html và --no-html không dùng cùng nhau", "--html and --no-html exclude each other"));
        }
        if (csvSeparator != ';' && csvSeparator != ',') {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick("--csv-separator: ; hoặc , — không phải '", "--csv-separator: ; or , — not '")
                            + csvSeparator + "'");
        }
        Plans plans = ruleSets.plans();
        ReviewOptions options = new ReviewOptions(
                plan,
                year,
                window == null ? null : ReviewWindow.parse(window),
                new ProvinceFigures(communes, previouslyTransformed, relapsed));
        if (plan != null) {
            plans.get(plan, Parameter.PLAN); // an unknown plan stops the review before any file is read
        }
        // An output this run may not write stops it before any file is read (one named, or the default's at the end).
        List<Path> named = new ArrayList<>(paths);
        named.addAll(csvFiles);
        named.addAll(workbooks);
        for (Path target : Arrays.asList(csvOut, xlsxOut, html)) {
            if (target != null) {
                output.files(named).check(target);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = ProgressBar.onTerminal(err, common.language);
        List<AreaInput> inputs = ReviewInputs.read(plans.reader(plan), paths, csvFiles, workbooks, progress);
        inputs.stream().map(i -> Path.of(i.file())).distinct().forEach(named::add);
        OutputFiles files = output.files(named);
        ReviewResult review = new Review(plans).run(inputs, options, progress);
        progress.finish();
        for (AreaResult result : review.areas()) {
            for (InputError error : result.errors()) {
                err.println(error.message(common.language, OptionNames.INSTANCE));
            }
        }
        if (format == OutputFormat.JSON) {
            new ReviewJson(common.language, OptionNames.INSTANCE).write(review, out);
        } else {
            out.print(new ReviewText(common.language, OptionNames.INSTANCE).render(review));
        }
        out.flush();
        if (csvOut != null) {
            write(
                    files,
                    csvOut,
                    review,
                    new ReviewCsv(common.language, OptionNames.INSTANCE, csvSeparator)::write,
                    "CSV");
        }
        if (xlsxOut != null) {
            ReviewWorkbook workbook = new ReviewWorkbook(common.language, OptionNames.INSTANCE);
            files.writeBytes(xlsxOut, stream -> workbook.write(review, stream));
            wrote(xlsxOut, "Excel");
        }
        if (!noHtml) {
            Path target = html != null
                    ? html
                    : Path.of("so-ket"
                            + (review.window() == null
                                    ? ""
                                    : "-" + review.window().year()) + ".html");
            write(files, target, review, new ReviewHtml(common.language, OptionNames.INSTANCE)::write, "HTML");
        }
        return ExitCode.of(review.outcomes(), review.anyInvalid());
    }

    private void write(
            OutputFiles files, Path file, ReviewResult review, BiConsumer<ReviewResult, Writer> writer, String what) {
        files.write(file, out -> writer.accept(review, out));
        wrote(file, what);
    }

    private void wrote(Path file, String what) {
        spec.commandLine()
                .getErr()
                .println(common.language.pick("Đã ghi báo cáo " + what + ": ", "Wrote the " + what + " report: ")
                        + file);
    }
}
