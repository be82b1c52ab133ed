package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.form.FactsTemplate;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.workbook.TemplateWorkbook;

/** {@code chuyenhoa template}: an empty facts file of a plan, to fill in. */
@Command(
        name = "template",
        sortOptions = false,
        header = "Tạo tệp số liệu trống của một kế hoạch để điền vào.%n"
                + "Prints an empty facts file of a plan, to fill in.",
        description = {
            "",
            "Mọi số liệu của kế hoạch để trống (null), kèm ý nghĩa, đơn vị và tiêu chí sử dụng: trong YAML là chú thích,"
                    + " trong JSON qua JSON Schema (chuyenhoa schema). Xem docs/filling-in-facts.md.",
            "Every fact of the plan, empty (null), with its meaning, unit and criteria: as comments in YAML, through"
                    + " the JSON Schema in JSON.",
            "",
            "Sổ Excel (--format xlsx): mỗi địa bàn một dòng, mỗi số liệu một cột, ý nghĩa và đơn vị là chú thích ở"
                    + " dòng tiêu đề; kế hoạch, tỉnh, loại và năm ghi sẵn; đọc lại bằng chuyenhoa review --xlsx.",
            "A workbook (--format xlsx): a row per area, a column per fact, the meaning and unit as header comments;"
                    + " read back with chuyenhoa review --xlsx.",
            "",
            "Ví dụ / Example:",
            "  chuyenhoa template --plan 45-KH-BCD-2023 -o phuong-5.yaml",
            "  chuyenhoa template --plan 7488-KH-UBND-2017 --year 2019 -o so-ket-2019.xlsx"
        })
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--plan",
            required = true,
            paramLabel = "PLAN",
            description = "Kế hoạch, ví dụ 45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0 (ghi cố định phiên bản).")
    String plan;

    @Option(
            names = "--format",
            paramLabel = "json|yaml|xlsx",
            description = "json, yaml hoặc xlsx (sổ Excel cho cả huyện, mỗi địa bàn một dòng, cần -o); mặc định theo"
                    + " đuôi tệp của -o, nếu không thì json.")
    Format format;

    @Option(
            names = "--year",
            paramLabel = "NĂM",
            description = "Năm ghi sẵn ở mỗi dòng của sổ Excel (mặc định năm cuối của thời gian hiệu lực)."
                    + " The year filled in on each row of the workbook (default: the plan's last year).")
    Integer year;

    /** What the template is written as; a workbook only to a file. */
    enum Format {
        JSON,
        YAML,
        XLSX;

        static Format of(Path output) {
            String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") ? XLSX : name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
        }
    }

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Ghi vào tệp (UTF-8) thay vì in ra; tệp có sẵn chỉ bị ghi đè với --overwrite. Write to a file.")
    Path outputFile;

    @Override
    public Integer call() {
        Plan chosen = Plans.load().get(plan, Parameter.PLAN);
        PlanForm form = PlanForm.of(chosen);
        String named = plan.contains("@") ? chosen.manifest().reference() : chosen.id();
        Format written = format != null ? format : Format.of(outputFile);
        if (written == Format.XLSX) {
            if (outputFile == null) {
                throw new ParameterException(
                        spec.commandLine(),
                        common.language.pick(
                                "--format xlsx cần -o TỆP (sổ Excel không in ra màn hình)",
                                "--format xlsx needs -o FILE (a workbook is not printed)"));
            }
            output.files(java.util.List.of())
                    .writeBytes(outputFile, out -> TemplateWorkbook.write(form, named, year, common.language, out));
            return ExitCode.OK;
        }
        if (year != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick("--year chỉ dùng với --format xlsx", "--year goes with --format xlsx only"));
        }
        String text = written == Format.YAML
                ? FactsTemplate.yaml(form, named, common.language)
                : FactsTemplate.json(form, named);
        FormOutput.write(spec, outputFile, output, text);
        return ExitCode.OK;
    }
}
