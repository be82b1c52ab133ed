package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.authoring.RulesSourceTree;
import vn.chuyenhoa.engine.authoring.Scaffolds;

/** {@code chuyenhoa new-plan ID}: the skeleton of a new plan's rule set, every blank marked TODO. */
@Command(
        name = "new-plan",
        sortOptions = false,
        header = "Tạo khung bộ quy tắc cho một kế hoạch mới; mọi chỗ cần điền ghi TODO.%n"
                + "Makes the skeleton of a new plan's rule set; every blank says TODO.",
        description = {
            "",
            "Tạo plans/ID/1.0.0 (manifest.yaml, rules.drl, golden.yaml), docs/plans/ID.md, mục khai báo tạm cho số liệu"
                    + " mới trong facts.yaml, dòng plans.index và mục CHANGELOG.md. check báo lỗi cho đến khi mọi TODO"
                    + " được điền.",
            "Makes plans/ID/1.0.0 (manifest.yaml, rules.drl, golden.yaml), docs/plans/ID.md, catalog stubs for new facts,"
                    + " the plans.index line and a CHANGELOG.md section. check refuses it until every TODO is filled in.",
            "",
            "Ví dụ / Example:",
            "  chuyenhoa new-plan 12-KH-UBND-2024 --province \"Bình Dương\" --area-types LOAI_1 \\",
            "      --from 2024-03-01 --to 2024-12-31 --count crime_cases --count crime_cases_previous_year",
            "",
            "Mã thoát / exit: 0 done · 2 usage"
        })
final class NewPlanCommand implements Callable<Integer> {
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

    @Option(names = "--province", paramLabel = "TỈNH", description = "Tỉnh của kế hoạch. The plan's province.")
    String province;

    @Option(names = "--district", paramLabel = "HUYỆN", description = "Huyện, thành phố của kế hoạch (nếu có).")
    String district;

    @Option(
            names = "--area",
            paramLabel = "XÃ",
            description = "Xã, phường của kế hoạch nếu là kế hoạch riêng của một địa bàn. A ward's own plan.")
    String area;

    @Option(
            names = "--area-types",
            paramLabel = "LOẠI",
            split = ",",
            description = "Loại địa bàn: TTATXH, LOAI_1 … LOAI_4 (không có: kế hoạch năm của một thành phố).")
    List<String> areaTypes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "NGÀY", description = "Hiệu lực từ ngày (2024-03-01). In force from.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "NGÀY", description = "Hiệu lực đến ngày (2024-12-31). In force to.")
    LocalDate to;

    @Option(
            names = "--count",
            paramLabel = "TÊN",
            description = "Một số liệu đếm của tiêu chí đầu tiên (lặp lại được). A count of the first criterion.")
    List<String> counts = new ArrayList<>();

    @Option(
            names = "--flag",
            paramLabel = "TÊN",
            description = "Một số liệu đúng/sai của tiêu chí đầu tiên (lặp lại được). A flag of the first criterion.")
    List<String> flags = new ArrayList<>();

    @Parameters(paramLabel = "ID", description = "Mã kế hoạch, ví dụ 102-KH-UBND-2023. The plan id.")
    String id;

    @Override
    public Integer call() {
        Scaffolds.PlanOutline outline =
                new Scaffolds.PlanOutline(province, district, area, areaTypes, from, to, counts, flags);
        Scaffolds.Written written = new Scaffolds(RulesSourceTree.at(repository))
                .newPlan(id, outline, Plans.load().catalog());
        Language l = common.language;
        PrintWriter out = spec.commandLine().getOut();
        out.println(l.pick("Đã tạo khung kế hoạch " + id + "@1.0.0:", "Made the skeleton of " + id + "@1.0.0:"));
        written.files().forEach(file -> out.println("  " + file));
        out.println(l.pick(
                "Tiếp theo: điền mọi TODO (./chuyenhoa check " + id + " liệt kê chúng), viết trường hợp mẫu,"
                        + " rồi ./chuyenhoa test " + id + " và ./chuyenhoa lock " + id
                        + "@1.0.0 (docs/adding-a-plan.md).",
                "Next: fill in every TODO (./chuyenhoa check " + id + " lists them), write the golden cases, then"
                        + " ./chuyenhoa test " + id + " and ./chuyenhoa lock " + id
                        + "@1.0.0 (docs/adding-a-plan.md)."));
        return ExitCode.OK;
    }
}
