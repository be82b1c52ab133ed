package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

/**
 * {@code evaluate} without a plan named: the plan is chosen from the area's province, area type and year (or
 * {@code --province}, {@code --area-type}, {@code --year}), and the Hương Vân samples of plan 2661-KH-UBND-2023.
 * A choice is the newest version of the plan that fits, so the choice tests expect that version, read from the
 * plans; the verdicts of the samples are tested under the version they were written against.
 */
class ChoosingAPlanTest {
    /** The version the Hương Vân verdicts below were written against. */
    private static final String HUONG_VAN_PLAN = "2661-KH-UBND-2023@1.0.0";

    private static final String HUONG_VAN = Run.SAMPLES + "huong-tra-2023/huong-van.json";
    private static final String HUONG_VAN_FAILING = Run.SAMPLES + "huong-tra-2023/huong-van-chua-dat.json";
    private static final String HUONG_VAN_UNDECIDED = Run.SAMPLES + "huong-tra-2023/huong-van-thieu-so-lieu.json";
    private static final String PHUONG_5 = Run.SAMPLES + "tra-vinh-2023/phuong-5.json";
    private static final String TRA_VINH_PLAN =
            "45-KH-BCD-2023 (Thành phố Trà Vinh, Trà Vinh · LOAI_4 · 27/02/2023 – 31/12/2023)";
    private static final String HUONG_TRA_PLAN =
            "2661-KH-UBND-2023 (Phường Hương Vân, Thị xã Hương Trà, Thừa Thiên Huế · LOAI_4 · 25/09/2023 – 14/05/2024)";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The newest version of a plan: the one a choice picks. */
    private static String newest(String id) {
        return Plans.load().get(id).version();
    }

    /** The text verdict's plan line for the newest version of {@code id}. */
    private static String planLine(String id) {
        return "Kế hoạch: " + id + " v" + newest(id) + " — ";
    }

    @TempDir
    Path dir;

    @Test
    @DisplayName("Hương Vân in Thừa Thiên Huế, LOAI_4, 2024, evaluated under 2661-KH-UBND-2023@1.0.0: ĐẠT, exit 0")
    void huongVanPasses() {
        Run run = Run.of("evaluate", "--plan", HUONG_VAN_PLAN, HUONG_VAN);
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("Phường Hương Vân (Thị xã Hương Trà, Thừa Thiên Huế) — năm 2024")
                .contains("Kế hoạch: 2661-KH-UBND-2023 v1.0.0 — Triển khai nhân rộng công tác chuyển hóa")
                .contains("KẾT QUẢ: ĐẠT — đạt đủ 8 tiêu chí quyết định\n")
                .contains("Tổ dân phố được tuyên truyền ít nhất 1 lần/tháng: 12/12 tổ dân phố = 100 % (yêu cầu 100 %); "
                        + "Tổ dân phố có mô hình: 12/12 tổ dân phố = 100 % (yêu cầu 100 %)")
                .contains("Điểm, tụ điểm ma túy bị triệt xóa: 2/2 điểm = 100 % (yêu cầu 100 %)")
                .contains("Trường hợp trồng cây có chứa chất ma túy: 0 trường hợp (không để xảy ra)")
                .contains("Cơ quan, đơn vị tự tổ chức tuyên truyền: 14/14 cơ quan, đơn vị = 100 % (yêu cầu 100 %)")
                .contains(
                        "Nguồn: Kế hoạch của UBND phường Hương Vân thực hiện KH 2661/KH-UBND ngày 25/9/2023, I.2, mục 2.6: "
                                + "“Không để trồng cây có chứa chất ma túy.”");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Đạt] target-2.3",
                        "[Đạt] target-2.4",
                        "[Đạt] target-2.5",
                        "[Đạt] target-2.6",
                        "[Đạt] target-2.7",
                        "[Đạt] target-2.8",
                        "[Đạt] target-2.9",
                        "[Đạt] target-2.10");
    }

    @Test
    @DisplayName("Hương Vân with one residential group lacking a model is CHƯA ĐẠT on target 2.3 only, exit 1")
    void huongVanFailsOnOneResidentialGroup() {
        Run run = Run.of("evaluate", "--plan", HUONG_VAN_PLAN, HUONG_VAN_FAILING);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("Kế hoạch: 2661-KH-UBND-2023 v1.0.0")
                .contains("KẾT QUẢ: CHƯA ĐẠT — không đạt 1/8 tiêu chí quyết định: target-2.3\n")
                .contains("Tổ dân phố có mô hình: 11/12 tổ dân phố = 91,7 % (yêu cầu 100 %)")
                .contains("Còn thiếu: thiếu 1 tổ dân phố (cần ít nhất 12/12 tổ dân phố)");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Không đạt] target-2.3",
                        "[Đạt] target-2.4",
                        "[Đạt] target-2.5",
                        "[Đạt] target-2.6",
                        "[Đạt] target-2.7",
                        "[Đạt] target-2.8",
                        "[Đạt] target-2.9",
                        "[Đạt] target-2.10");
    }

    @Test
    @DisplayName("Hương Vân without two figures is CHƯA ĐỦ DỮ LIỆU and names them, exit 3")
    void huongVanUndecided() {
        Run run = Run.of("evaluate", "--plan", HUONG_VAN_PLAN, HUONG_VAN_UNDECIDED);
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out())
                .contains("KẾT QUẢ: CHƯA ĐỦ DỮ LIỆU — chưa đủ dữ liệu để kết luận 2/8 tiêu chí quyết định: "
                        + "target-2.7, target-2.10; các tiêu chí còn lại đạt")
                .contains("chưa có số liệu drug_users_treated (Người được tiếp cận tư vấn, điều trị, cai nghiện)")
                .contains("Cần bổ sung số liệu: drug_users_treated, organisations_self_propagandizing");
        assertThat(statusLines(run.out()))
                .containsExactly(
                        "[Đạt] target-2.3",
                        "[Đạt] target-2.4",
                        "[Đạt] target-2.5",
                        "[Đạt] target-2.6",
                        "[Thiếu dữ liệu] target-2.7",
                        "[Đạt] target-2.8",
                        "[Đạt] target-2.9",
                        "[Thiếu dữ liệu] target-2.10");
    }

    @Test
    @DisplayName("The JSON verdict names the plan and its version, and every target's status")
    void jsonNamesThePlan() throws IOException {
        Run run = Run.of("evaluate", "--plan", HUONG_VAN_PLAN, "--format", "json", HUONG_VAN_FAILING);
        assertThat(run.exit()).isEqualTo(1);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.at("/plan/id").asText()).isEqualTo("2661-KH-UBND-2023");
        assertThat(verdict.at("/plan/version").asText()).isEqualTo("1.0.0");
        List<String> statuses = new ArrayList<>();
        verdict.get("criteria")
                .forEach(c -> statuses.add(c.get("id").asText() + "="
                        + c.get("status").asText() + "/" + c.get("group").asText()));
        assertThat(statuses)
                .containsExactly(
                        "target-2.3=FAIL/target",
                        "target-2.4=PASS/target",
                        "target-2.5=PASS/target",
                        "target-2.6=PASS/target",
                        "target-2.7=PASS/target",
                        "target-2.8=PASS/target",
                        "target-2.9=PASS/target",
                        "target-2.10=PASS/target");
        assertThat(verdict.at("/criteria/0/source/section").asText()).isEqualTo("I.2, mục 2.3");
    }

    @Test
    @DisplayName("Facts for 2023 also fall in the plan's period (25/09/2023 – 14/05/2024) and choose it")
    void huongVanIn2023() throws IOException {
        Path file = edited(HUONG_VAN, "huong-van-2023.json", root -> root.put("year", 2023));
        Run run = Run.of("evaluate", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("năm 2023").contains(planLine("2661-KH-UBND-2023"));
    }

    @Test
    @DisplayName("Phường 5 in Trà Vinh, LOAI_4, 2023, with no plan named, is evaluated under 45-KH-BCD-2023")
    void traVinhChoosesItsPlan() throws IOException {
        Path file = edited(PHUONG_5, "phuong-5.json", root -> root.remove("plan"));
        Run run = Run.of("evaluate", "--format", "json", file.toString());
        assertThat(run.err()).isEmpty();
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.at("/plan/id").asText()).isEqualTo("45-KH-BCD-2023");
        assertThat(verdict.at("/plan/version").asText()).isEqualTo(newest("45-KH-BCD-2023"));
    }

    @Test
    @DisplayName("LOAI_4 in 2023 without a province fits Trà Vinh's, Hương Trà's and any other such plan: exit 2,"
            + " listing each, and --province settles it")
    void noProvinceIsAmbiguous() throws IOException {
        Path file = edited(PHUONG_5, "khong-tinh.json", root -> {
            root.remove("plan");
            ((ObjectNode) root.get("area")).remove("province");
        });
        Run run = Run.of("evaluate", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .startsWith(file + ": $.area.province: nhiều kế hoạch cùng áp dụng cho loại LOAI_4, năm 2023: ")
                .contains(HUONG_TRA_PLAN, TRA_VINH_PLAN)
                .endsWith(" — ghi tỉnh, thành phố ($.area.province hoặc --province) hoặc tên kế hoạch (\"plan\" hoặc"
                        + " --plan)");
        for (Plan plan : Plans.load().newest()) {
            boolean fits = plan.manifest().areaTypes().contains("LOAI_4")
                    && plan.manifest().inForce().covers(2023);
            assertThat(run.err().contains(plan.id() + " (")).as(plan.id()).isEqualTo(fits);
        }
        Run settled = Run.of("evaluate", "--province", "tỉnh Trà Vinh", file.toString());
        assertThat(settled.err()).as("--province settles it").isEmpty();
        assertThat(settled.out()).contains(planLine("45-KH-BCD-2023"));
    }

    @Test
    @DisplayName("A province no plan is for exits 2 at $.area.province, listing the plans that exist")
    void unknownProvince() throws IOException {
        Path file = edited(HUONG_VAN, "ha-noi.json", root -> ((ObjectNode) root.get("area")).put("province", "Hà Nội"));
        Run run = Run.of("evaluate", "--lang", "en", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(
                        file + ": $.area.province: no plan for province \"Hà Nội\", "
                                + "district \"Thị xã Hương Trà\", area \"Phường Hương Vân\", area type LOAI_4, year 2024 (known: ")
                .contains(HUONG_TRA_PLAN)
                .contains(TRA_VINH_PLAN);
    }

    @Test
    @DisplayName("A province whose plan is not in force that year exits 2 at $.year, listing the plans that exist")
    void noPlanInForceThatYear() throws IOException {
        Path file = edited(HUONG_VAN, "huong-van-2025.json", root -> root.put("year", 2025));
        Run run = Run.of("evaluate", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .startsWith(file + ": $.year: không có kế hoạch nào cho tỉnh, thành phố \"Thừa Thiên Huế\", "
                        + "huyện, thị xã, thành phố \"Thị xã Hương Trà\", địa bàn \"Phường Hương Vân\", loại LOAI_4, năm 2025"
                        + " (có: ")
                .contains(HUONG_TRA_PLAN)
                .contains(TRA_VINH_PLAN);
    }

    @Test
    @DisplayName(
            "--province, --area-type and --year choose for a file that says neither, however the province is written")
    void optionsChooseForABareFile() throws IOException {
        Path file = edited(HUONG_VAN, "khong-dia-ban.json", root -> {
            ObjectNode area = (ObjectNode) root.get("area");
            area.remove("province");
            area.remove("district");
            area.remove("types");
            root.put("year", 2023);
        });
        Run ambiguous = Run.of("evaluate", file.toString());
        assertThat(ambiguous.exit()).isEqualTo(2);
        Run run = Run.of("evaluate", "--province", "Thừa Thiên - Huế", "--area-type", "LOAI_4", file.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains(planLine("2661-KH-UBND-2023"))
                .as("the options choose the plan; the verdict keeps the file's year")
                .contains("— năm 2023 —");
        Run byYear = Run.of("evaluate", "--province", "Thừa Thiên Huế", "--year", "2024", file.toString());
        assertThat(byYear.err()).as("Hương Trà's plan is in force in 2024").isEmpty();
        assertThat(byYear.out()).contains(planLine("2661-KH-UBND-2023"));
        Run wrongType = Run.of("evaluate", "--province", "Thừa Thiên Huế", "--area-type", "TTATXH", file.toString());
        assertThat(wrongType.exit()).isEqualTo(2);
        assertThat(wrongType.err())
                .contains(file + ": --area-type: không có kế hoạch nào cho tỉnh, thành phố "
                        + "\"Thừa Thiên Huế\", loại TTATXH, năm 2023 (có: ");
    }

    @Test
    @DisplayName(
            "An option that contradicts the plan named exits 2; an unknown --area-type exits 2 once, with a suggestion")
    void optionsMustFitANamedPlan() {
        Run contradicts = Run.of("evaluate", "--plan", "45-KH-BCD-2023", "--province", "Thừa Thiên Huế", PHUONG_5);
        assertThat(contradicts.exit()).isEqualTo(2);
        assertThat(contradicts.err().strip())
                .isEqualTo(PHUONG_5 + ": --province: kế hoạch " + TRA_VINH_PLAN
                        + " không áp dụng cho tỉnh, thành phố \"Thừa Thiên Huế\"");
        Run fits = Run.of("evaluate", "--plan", "45-KH-BCD-2023", "--province", "Tra Vinh", "--year", "2023", PHUONG_5);
        assertThat(fits.exit()).isEqualTo(0);
        Run unknownType = Run.of("evaluate", "--area-type", "loai4", HUONG_VAN, PHUONG_5);
        assertThat(unknownType.exit()).isEqualTo(2);
        assertThat(unknownType.err().strip())
                .isEqualTo("--area-type: loại địa bàn không có: \"loai4\" "
                        + "(có: TTATXH, LOAI_1, LOAI_2, LOAI_3, LOAI_4) — có phải ý bạn là \"LOAI_4\"?");
    }

    @Test
    @DisplayName("In a batch, a file no plan can be chosen for is reported in its place and the others are evaluated")
    void batchWithAnAmbiguousFile() throws IOException {
        Path ambiguous = edited(PHUONG_5, "khong-tinh.json", root -> {
            root.remove("plan");
            ((ObjectNode) root.get("area")).remove("province");
        });
        Run run = Run.of("evaluate", "--format", "json", HUONG_VAN, ambiguous.toString(), PHUONG_5);
        assertThat(run.exit()).isEqualTo(2);
        JsonNode results = JSON.readTree(run.out());
        assertThat(results).hasSize(3);
        assertThat(results.get(0).at("/plan/id").asText()).isEqualTo("2661-KH-UBND-2023");
        assertThat(results.get(1).get("file").asText()).isEqualTo(ambiguous.toString());
        assertThat(results.get(1).at("/error/path").asText()).isEqualTo("$.area.province");
        assertThat(results.get(2).at("/plan/id").asText()).isEqualTo("45-KH-BCD-2023");
    }

    /** The "[status] id" head of each criterion block, in order. */
    private static List<String> statusLines(String out) {
        return out.lines()
                .filter(l -> l.startsWith("["))
                .map(l -> l.substring(0, l.indexOf(" · ")))
                .toList();
    }

    /** A copy of a sample with some fields changed, in the test's own folder. */
    private Path edited(String sample, String name, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Path.of(sample).toFile());
        change.accept(root);
        Path file = dir.resolve(name);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }
}
