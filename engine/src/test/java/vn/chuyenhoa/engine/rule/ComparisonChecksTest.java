package vn.chuyenhoa.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Status;

/**
 * The checks a city's targets need (plan 102), each at its boundary on both sides, in exact integer arithmetic:
 * "nhiều hơn", "trên p %", "giảm p % so với", a rate "thấp hơn" last year's, "p % … không …" and a share with cases
 * still undecided.
 */
class ComparisonChecksTest {
    private static final Set<String> DECLARED = Set.of(
            "households",
            "households_reached",
            "drug_cases",
            "drug_cases_previous_year",
            "released_prisoners",
            "released_prisoners_reoffended",
            "released_prisoners_previous_year",
            "released_prisoners_reoffended_previous_year",
            "areas",
            "areas_passed",
            "areas_failed");

    private static AreaFacts area(Object... nameValue) {
        Map<String, Object> figures = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            figures.put((String) nameValue[i], Long.valueOf((Integer) nameValue[i + 1]));
        }
        return new AreaFacts("Quảng Ninh", List.of(), 2023, figures, DECLARED);
    }

    private static String vi(Finding finding) {
        Phrasing p = new Phrasing(Language.VI, vn.chuyenhoa.engine.testing.TestCatalog.CATALOG);
        return finding.describe(p) + finding.shortfall(p).map(s -> " | " + s).orElse("");
    }

    @Test
    @DisplayName("\"nhiều hơn năm trước\" is strictly more: 23 against 22 passes, 22 against 22 fails short by one")
    void moreThan() {
        assertThat(Checks.moreThan(
                                area("drug_cases", 23, "drug_cases_previous_year", 22),
                                "drug_cases",
                                "drug_cases_previous_year")
                        .status())
                .isEqualTo(Status.PASS);
        Finding equal = Checks.moreThan(
                area("drug_cases", 22, "drug_cases_previous_year", 22), "drug_cases", "drug_cases_previous_year");
        assertThat(equal.status()).isEqualTo(Status.FAIL);
        assertThat(vi(equal))
                .isEqualTo("Số vụ về ma túy: 22 vụ, so với năm trước 22 vụ — bằng, không nhiều hơn | thiếu 1 vụ (cần ít"
                        + " nhất 23 vụ)");
        assertThat(Checks.moreThan(area("drug_cases", 30), "drug_cases", "drug_cases_previous_year")
                        .missing())
                .containsExactly("drug_cases_previous_year");
    }

    @Test
    @DisplayName("\"trên 91 %\" is strictly above: 820/900 passes, exactly 819/900 fails short by one")
    void shareAbove() {
        assertThat(Checks.shareAbove(
                                area("households", 900, "households_reached", 820),
                                "households_reached",
                                "households",
                                "91")
                        .status())
                .isEqualTo(Status.PASS);
        Finding exactly = Checks.shareAbove(
                area("households", 900, "households_reached", 819), "households_reached", "households", "91");
        assertThat(vi(exactly))
                .isEqualTo("Hộ được tuyên truyền: 819/900 hộ = 91 % (yêu cầu trên 91 %) | thiếu 1 hộ (cần ít nhất"
                        + " 820/900 hộ)");
    }

    @Test
    @DisplayName(
            "\"giảm 07 %\": 186 against 200 passes, 187 fails by one; 0 passes whatever last year; last year 0 leaves only 0")
    void reducedBy() {
        assertThat(Checks.reducedBy(
                                area("drug_cases", 186, "drug_cases_previous_year", 200),
                                "drug_cases",
                                "drug_cases_previous_year",
                                "7")
                        .status())
                .isEqualTo(Status.PASS);
        Finding short1 = Checks.reducedBy(
                area("drug_cases", 187, "drug_cases_previous_year", 200),
                "drug_cases",
                "drug_cases_previous_year",
                "7");
        assertThat(vi(short1))
                .isEqualTo("Số vụ về ma túy: 187 vụ, so với năm trước 200 vụ — giảm 13 vụ = 6,5 % (yêu cầu giảm ít nhất"
                        + " 7 %, tức còn tối đa 186 vụ) | phải giảm thêm ít nhất 1 vụ (còn tối đa 186 vụ)");
        assertThat(Checks.reducedBy(area("drug_cases", 0), "drug_cases", "drug_cases_previous_year", "7")
                        .status())
                .isEqualTo(Status.PASS);
        assertThat(Checks.reducedBy(
                                area("drug_cases", 1, "drug_cases_previous_year", 0),
                                "drug_cases",
                                "drug_cases_previous_year",
                                "7")
                        .status())
                .isEqualTo(Status.FAIL);
        assertThat(Checks.reducedBy(area("drug_cases", 5), "drug_cases", "drug_cases_previous_year", "7")
                        .missing())
                .containsExactly("drug_cases_previous_year");
    }

    @Test
    @DisplayName(
            "A rate \"thấp hơn năm trước\": 8/400 against 10/380 passes, 8/400 against 10/500 (equal) fails; no one either year: not applicable")
    void rateBelow() {
        Finding lower = Checks.rateBelow(
                area(
                        "released_prisoners",
                        400,
                        "released_prisoners_reoffended",
                        8,
                        "released_prisoners_previous_year",
                        380,
                        "released_prisoners_reoffended_previous_year",
                        10),
                "released_prisoners_reoffended",
                "released_prisoners",
                "released_prisoners_reoffended_previous_year",
                "released_prisoners_previous_year");
        assertThat(lower.status()).isEqualTo(Status.PASS);
        Finding equal = Checks.rateBelow(
                area(
                        "released_prisoners",
                        400,
                        "released_prisoners_reoffended",
                        8,
                        "released_prisoners_previous_year",
                        500,
                        "released_prisoners_reoffended_previous_year",
                        10),
                "released_prisoners_reoffended",
                "released_prisoners",
                "released_prisoners_reoffended_previous_year",
                "released_prisoners_previous_year");
        assertThat(vi(equal))
                .isEqualTo("Người tái phạm: 8/400 người = 2 %, so với năm trước 10/500 người = 2 % (yêu cầu thấp hơn)"
                        + " | phải giảm ít nhất 1 người (còn tối đa 7/400 người)");
        Finding none = Checks.rateBelow(
                area(
                        "released_prisoners",
                        400,
                        "released_prisoners_reoffended",
                        8,
                        "released_prisoners_previous_year",
                        0,
                        "released_prisoners_reoffended_previous_year",
                        0),
                "released_prisoners_reoffended",
                "released_prisoners",
                "released_prisoners_reoffended_previous_year",
                "released_prisoners_previous_year");
        assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
        Finding missing = Checks.rateBelow(
                area("released_prisoners", 400, "released_prisoners_reoffended", 8),
                "released_prisoners_reoffended",
                "released_prisoners",
                "released_prisoners_reoffended_previous_year",
                "released_prisoners_previous_year");
        assertThat(missing.missing())
                .containsExactly("released_prisoners_reoffended_previous_year", "released_prisoners_previous_year");
    }

    @Test
    @DisplayName("\"85 % … không tái phức tạp\": 3 of 20 relapsed leaves 85 % and passes, 4 fails by one")
    void restAtLeast() {
        assertThat(Checks.restAtLeast(
                                area("released_prisoners", 20, "released_prisoners_reoffended", 3),
                                "released_prisoners_reoffended",
                                "released_prisoners",
                                "85")
                        .status())
                .isEqualTo(Status.PASS);
        Finding over = Checks.restAtLeast(
                area("released_prisoners", 20, "released_prisoners_reoffended", 4),
                "released_prisoners_reoffended",
                "released_prisoners",
                "85");
        assertThat(vi(over))
                .isEqualTo("Người tái phạm: 4/20 người, còn lại 16/20 = 80 % (yêu cầu còn lại từ 85 % trở lên) |"
                        + " vượt 1 người (tối đa 3/20 người)");
    }

    @Test
    @DisplayName("60 % with cases undecided: decided only when every outcome of the undecided gives the same answer")
    void settledShareAtLeast() {
        assertThat(settled(3, 1, 5).status())
                .as("3/5 even if the one undecided fails")
                .isEqualTo(Status.PASS);
        assertThat(settled(2, 3, 5).status()).as("2/5, none undecided").isEqualTo(Status.FAIL);
        assertThat(vi(settled(2, 3, 5)))
                .isEqualTo("Địa bàn đạt: 2/5 địa bàn = 40 %; Địa bàn chưa đạt: 3 địa bàn (yêu cầu từ 60 % trở lên)"
                        + " | thiếu 1 địa bàn (cần ít nhất 3/5 địa bàn)");
        Finding open = settled(2, 1, 5);
        assertThat(open.status()).isEqualTo(Status.MISSING);
        assertThat(open.missing()).isEmpty();
        assertThat(vi(open))
                .isEqualTo("Địa bàn đạt: 2/5 địa bàn = 40 %; Địa bàn chưa đạt: 1 địa bàn; chưa rõ kết quả: 2 địa bàn —"
                        + " từ 40 % đến 80 % tùy kết quả của các địa bàn chưa rõ (yêu cầu từ 60 % trở lên)");
        Finding unknownFailures = Checks.settledShareAtLeast(
                area("areas", 5, "areas_passed", 2), "areas_passed", "areas_failed", "areas", "60");
        assertThat(unknownFailures.missing()).containsExactly("areas_failed");
        assertThat(Checks.settledShareAtLeast(area("areas", 0), "areas_passed", "areas_failed", "areas", "60")
                        .status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    private static Finding settled(int passed, int failed, int areas) {
        return Checks.settledShareAtLeast(
                area("areas", areas, "areas_passed", passed, "areas_failed", failed),
                "areas_passed",
                "areas_failed",
                "areas",
                "60");
    }
}
