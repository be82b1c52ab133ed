package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.form.FactsTemplate;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.Parameter;

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
            "Ví dụ / Example:",
            "  chuyenhoa template --plan 45-KH-BCD-2023 -o phuong-5.yaml"
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
            paramLabel = "json|yaml",
            description = "json hoặc yaml; mặc định theo đuôi tệp của -o, nếu không thì json.")
    FactsReader.Format format;

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
        FactsReader.Format written =
                format != null ? format : FactsReader.Format.of(outputFile == null ? null : outputFile.toString());
        String text = written == FactsReader.Format.YAML
                ? FactsTemplate.yaml(form, named, common.language)
                : FactsTemplate.json(form, named);
        FormOutput.write(spec, outputFile, output, text);
        return ExitCode.OK;
    }
}
