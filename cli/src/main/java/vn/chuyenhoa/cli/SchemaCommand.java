package vn.chuyenhoa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.form.FactsSchema;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.Parameter;

/** {@code chuyenhoa schema}: the JSON Schema of a plan's facts file, for an editor's help. */
@Command(
        name = "schema",
        sortOptions = false,
        header = "In JSON Schema (2020-12) của tệp số liệu một kế hoạch, để trình soạn thảo gợi ý và báo lỗi.%n"
                + "Prints the JSON Schema (2020-12) of a plan's facts file, for an editor's help.",
        description = {
            "",
            "Lưu cạnh tệp số liệu với tên mà \"$schema\" của mẫu JSON ghi: PLAN.schema.json.",
            "Save it beside the facts files under the name the JSON template's \"$schema\" gives: PLAN.schema.json.",
            "",
            "Ví dụ / Example:",
            "  chuyenhoa schema --plan 45-KH-BCD-2023 -o 45-KH-BCD-2023.schema.json"
        })
final class SchemaCommand implements Callable<Integer> {
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
            description = "Kế hoạch, ví dụ 45-KH-BCD-2023 hoặc 45-KH-BCD-2023@1.0.0.")
    String plan;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description =
                    "Ghi vào tệp (UTF-8) thay vì in ra; tệp có sẵn chỉ bị ghi đè với --overwrite. Write to a file.")
    Path outputFile;

    @Override
    public Integer call() {
        PlanForm form = PlanForm.of(Plans.load().get(plan, Parameter.PLAN));
        FormOutput.write(spec, outputFile, output, FactsSchema.json(form, common.language));
        return ExitCode.OK;
    }
}
