package vn.chuyenhoa.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.testing.Options;
import vn.chuyenhoa.engine.testing.TestPlan;

/** The province's targets, three-valued over the review's areas and the province's own figures. */
class ProvinceTargetsTest {
    private static TargetResult target(String outcomes, String id, ProvinceFigures figures, String... extraRows) {
        ReviewResult review = TestPlan.review(TestPlan.areas(outcomes, extraRows), figures);
        return review.summary().targets().stream()
                .filter(t -> t.definition().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static TargetResult transformed(String outcomes, String... extraRows) {
        return target(outcomes, "province-1", ProvinceFigures.NONE, extraRows);
    }

    private static void assertTarget(TargetResult target, Status status, String reason) {
        assertThat(target.status()).isEqualTo(status);
        assertThat(target.reason(Language.VI, Options.SPELLING)).isEqualTo(reason);
    }

    @Test
    @DisplayName("3 of 5 areas ĐẠT is exactly 60 %: \"ít nhất 60 %\" is met")
    void sixtyPercentExactlyPasses() {
        assertTarget(transformed("PPPFF"), Status.PASS, "3/5 địa bàn đạt = 60 % ≥ 60 %");
    }

    @Test
    @DisplayName("2 of 5 areas ĐẠT is 40 % < 60 %: not met, one more area needed")
    void fortyPercentFails() {
        assertTarget(
                transformed("PPFFF"),
                Status.FAIL,
                "2/5 địa bàn đạt = 40 % < 60 % — cần ít nhất 3/5, tức thêm ít nhất 1 địa bàn đạt");
    }

    @Test
    @DisplayName("3 ĐẠT and 2 CHƯA ĐỦ DỮ LIỆU of 5 reach 60 % even if both undecided fail: met")
    void metWhateverTheUndecidedAreas() {
        assertTarget(
                transformed("PPPUU"),
                Status.PASS,
                "3/5 địa bàn đạt = 60 % ≥ 60 %, kể cả khi 2 địa bàn chưa rõ kết quả "
                        + "(chưa đủ dữ liệu hoặc không hợp lệ) đều không đạt");
    }

    @Test
    @DisplayName(
            "2 ĐẠT, 1 CHƯA ĐẠT, 2 undecided: 40 % to 80 %, so the target is undecided and says what would settle it")
    void undecidedAreasLeaveTheShareOpen() {
        assertTarget(
                transformed("PPFUU"),
                Status.MISSING,
                "2/5 địa bàn đạt, 2 địa bàn chưa rõ kết quả (chưa đủ dữ liệu "
                        + "hoặc không hợp lệ): từ 40 % đến 80 % tùy kết quả các địa bàn này — đủ 60 % nếu ít nhất 1/2 địa bàn "
                        + "này đạt (cần ít nhất 3/5)");
    }

    @Test
    @DisplayName("1 ĐẠT, 3 CHƯA ĐẠT, 1 undecided: even if it passes only 40 %, so not met")
    void failedWhateverTheUndecidedArea() {
        assertTarget(
                transformed("PFFFU"),
                Status.FAIL,
                "1/5 địa bàn đạt, 1 địa bàn chưa rõ kết quả (chưa đủ dữ liệu hoặc "
                        + "không hợp lệ): dù các địa bàn này đều đạt cũng chỉ 2/5 = 40 % < 60 % — cần ít nhất 3/5");
    }

    @Test
    @DisplayName(
            "An invalid row counts as a selected area whose outcome is unknown: 3 ĐẠT + 1 invalid of 5 is still 60 %")
    void invalidRowIsAnAreaWithoutOutcome() {
        TargetResult target = transformed("PPPF", "A5;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;một trăm");
        assertTarget(
                target,
                Status.PASS,
                "3/5 địa bàn đạt (kể cả 1 đầu vào không hợp lệ có thể là địa bàn của kế hoạch "
                        + "này) = 60 % ≥ 60 %, kể cả khi 1 địa bàn chưa rõ kết quả (chưa đủ dữ liệu hoặc không hợp lệ) đều không đạt");
    }

    @Test
    @DisplayName("A review of a plan (--plan) without any area has no share to take: not applicable")
    void noAreaNotApplicable() {
        ReviewResult review = new Review(TestPlan.PLANS)
                .run(List.of(), new ReviewOptions("TEST-REVIEW", 2019, null, null), Progress.NONE);
        assertTarget(review.summary().targets().get(0), Status.NOT_APPLICABLE, "chưa có địa bàn nào trong lần sơ kết");
        assertThat(review.areas()).isEmpty();
    }

    @Test
    @DisplayName("5 areas of 34 communes is 14,7 % ≤ 15 %: the cap holds")
    void capHolds() {
        assertTarget(
                target("PPPFF", "province-3", new ProvinceFigures(34L, null, null)),
                Status.PASS,
                "5 địa bàn được lựa chọn / 34 đơn vị hành chính cấp xã = 14,7 % ≤ 15 %");
    }

    @Test
    @DisplayName("5 areas of 33 communes is 15,2 % > 15 %: the cap is exceeded, at most 4 areas")
    void capExceeded() {
        assertTarget(
                target("PPPFF", "province-3", new ProvinceFigures(33L, null, null)),
                Status.FAIL,
                "5 địa bàn được lựa chọn / 33 đơn vị hành chính cấp xã = 15,2 % > 15 % — tối đa 4 địa bàn, vượt 1");
    }

    @Test
    @DisplayName("4 areas and 1 invalid input that may be one more, of 30 communes (at most 4): the cap is undecided")
    void capUndecidedByAnInputOfUnknownPlan() {
        TargetResult target = target(
                "PPPF",
                "province-3",
                new ProvinceFigures(30L, null, null),
                "A5;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;một trăm");
        assertTarget(
                target,
                Status.MISSING,
                "từ 4 đến 5 địa bàn được lựa chọn (1 đầu vào không hợp lệ có thể là địa bàn "
                        + "của kế hoạch này) / 30 đơn vị hành chính cấp xã: từ 13,3 % đến 16,7 % — tối đa 15 % là 4 địa bàn");
    }

    @Test
    @DisplayName("Without the number of communes the cap is undecided and names --communes")
    void capNeedsCommunes() {
        TargetResult target = target("PPPFF", "province-3", ProvinceFigures.NONE);
        assertTarget(target, Status.MISSING, "chưa có tổng số đơn vị hành chính cấp xã của tỉnh (--communes)");
        assertThat(target.missing()).containsExactly(Parameter.COMMUNES);
    }

    @Test
    @DisplayName("17 of 20 areas transformed before not complex again is exactly 85 %: met")
    void notRelapsedExactly85Passes() {
        assertTarget(
                target("P", "province-2", new ProvinceFigures(null, 20L, 3L)),
                Status.PASS,
                "17/20 địa bàn đã chuyển hóa thành công không phức tạp trở lại (3 phức tạp trở lại) = 85 % ≥ 85 %");
    }

    @Test
    @DisplayName("4 of 20 complex again leaves 80 % < 85 %: not met, at most 3 may relapse")
    void notRelapsed80Fails() {
        assertTarget(
                target("P", "province-2", new ProvinceFigures(null, 20L, 4L)),
                Status.FAIL,
                "16/20 địa bàn đã chuyển hóa thành công không phức tạp trở lại (4 phức tạp trở lại) = 80 % < 85 % — "
                        + "chỉ được tối đa 3 địa bàn phức tạp trở lại");
    }

    @Test
    @DisplayName("The relapses alone, without the areas transformed before, leave the 85 % rule undecided")
    void notRelapsedNeedsBothFigures() {
        TargetResult target = target("P", "province-2", new ProvinceFigures(null, null, 2L));
        assertTarget(
                target,
                Status.MISSING,
                "chưa có số địa bàn đã chuyển hóa thành công ở các năm trước " + "(--previously-transformed)");
        assertThat(target.missing()).containsExactly(Parameter.PREVIOUSLY_TRANSFORMED);
    }

    @Test
    @DisplayName("No area transformed before: the 85 % rule has nothing to measure")
    void notRelapsedWithoutAreasBefore() {
        assertTarget(
                target("P", "province-2", new ProvinceFigures(null, 0L, 0L)),
                Status.NOT_APPLICABLE,
                "chưa có địa bàn nào đã chuyển hóa thành công ở các năm trước");
    }

    @Test
    @DisplayName(
            "A manifest's target without its quote, of an unknown kind, or with a percent above 100 is refused at load")
    void badTargetsRefused() {
        String quoteless = TestPlan.MANIFEST.replace("quote: không vượt quá 15%", "quote: ''");
        assertThatThrownBy(() -> Manifests.readManifest("manifest.yaml", quoteless.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("review target 'province-3': its source needs a document, a section and a quote");
        String unknownKind = TestPlan.MANIFEST.replace("kind: selected_at_most", "kind: selected_at_least");
        assertThatThrownBy(() -> Manifests.readManifest("manifest.yaml", unknownKind.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("selected_at_least");
        String overHundred = TestPlan.MANIFEST.replace("percent: 85", "percent: 185");
        assertThatThrownBy(() -> Manifests.readManifest("manifest.yaml", overHundred.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("review target 'province-2': percent must be more than 0 and at most 100");
    }

    @Test
    @DisplayName("Targets come in the manifest's order, in English too")
    void orderAndEnglish() {
        ReviewResult review = TestPlan.review(TestPlan.areas("PPFUU"), new ProvinceFigures(170L, 9L, 1L));
        assertThat(review.summary().targets())
                .extracting(t -> t.definition().id() + "=" + t.status())
                .containsExactly("province-1=MISSING", "province-2=PASS", "province-3=PASS");
        assertThat(review.summary().targets())
                .extracting(t -> t.reason(Language.EN, Options.SPELLING))
                .containsExactly(
                        "areas achieved: 2/5, 2 undecided or invalid: between 40 % and 80 % depending on "
                                + "those areas — reaches 60 % if at least 1 of the 2 are achieved (3/5 needed)",
                        "areas transformed before and not complex again: 8/9 (1 complex again) = 88.9 % ≥ 85 %",
                        "areas selected: 5 of 170 communes = 2.9 % ≤ 15 %");
        assertThat(List.of(review.summary().totals())).containsExactly(new Counts(2, 1, 2, 0));
    }
}
