package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.authoring.RulesSourceTree;
import vn.chuyenhoa.engine.authoring.Scaffolds;

/** {@code chuyenhoa new-version ID@NEW}: a new rule-set version, copied from the one before it and renumbered. */
@Command(
        name = "new-version",
        sortOptions = false,
        header = "Tạo phiên bản mới của một bộ quy tắc: chép phiên bản trước và đánh số lại.%n"
                + "Makes a new version of a rule set: the version before it, copied and renumbered.",
        description = {
            "",
            "Chép thư mục phiên bản cao nhất thấp hơn NEW sang plans/ID/NEW, đổi version, gói DRL và plan: của các"
                    + " trường hợp mẫu; thêm dòng vào plans.index và một mục mẫu (TODO) vào CHANGELOG.md.",
            "Copies the highest version below NEW to plans/ID/NEW, renumbering the manifest's version, the DRL package"
                    + " and the golden cases' plan; adds the plans.index line and a CHANGELOG.md stub (TODO).",
            "",
            "Ví dụ / Example:",
            "  chuyenhoa new-version 45-KH-BCD-2023@1.1.0",
            "",
            "Mã thoát / exit: 0 done · 2 usage (an existing version, a malformed number, an unknown plan)"
        })
final class NewVersionCommand implements Callable<Integer> {
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

    @Parameters(paramLabel = "ID@VERSION", description = "45-KH-BCD-2023@1.1.0")
    String reference;

    @Override
    public Integer call() {
        int at = reference.indexOf('@');
        if (at <= 0) {
            throw new ParameterException(
                    spec.commandLine(),
                    common.language.pick(
                            "cần ID@VERSION, ví dụ 45-KH-BCD-2023@1.1.0, không phải " + reference,
                            "expected ID@VERSION, such as 45-KH-BCD-2023@1.1.0, not " + reference));
        }
        String id = reference.substring(0, at);
        String version = reference.substring(at + 1);
        Scaffolds.Written written = new Scaffolds(RulesSourceTree.at(repository)).newVersion(id, version);
        Language l = common.language;
        PrintWriter out = spec.commandLine().getOut();
        out.println(l.pick(
                "Đã tạo " + reference + " từ " + id + "@" + written.copiedFrom() + ":",
                "Made " + reference + " from " + id + "@" + written.copiedFrom() + ":"));
        written.files().forEach(file -> out.println("  " + file));
        out.println(l.pick(
                "Tiếp theo (./chuyenhoa tự dựng lại khi tệp nguồn đổi):",
                "Next (./chuyenhoa rebuilds itself when a source changes):"));
        out.println(l.pick(
                "  1. sửa manifest.yaml, rules.drl theo văn bản; thêm trường hợp mẫu cho phần thay đổi",
                "  1. make the change in manifest.yaml and rules.drl, with its source; golden cases for it"));
        out.println("  2. ./chuyenhoa check " + id + " && ./chuyenhoa test " + id);
        out.println("  3. ./chuyenhoa diff " + id + "@" + written.copiedFrom() + " " + reference + " samples/");
        out.println(l.pick(
                "  4. viết mục CHANGELOG.md (bỏ TODO), rồi ./chuyenhoa lock " + reference,
                "  4. write the CHANGELOG.md entry (no TODO left), then ./chuyenhoa lock " + reference));
        return ExitCode.OK;
    }
}
