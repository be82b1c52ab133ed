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
import vn.chuyenhoa.engine.manifest.FactCatalog;

class ChecksTest {
    private static final Set<String> DECLARED = Set.of(
            "households",
            "households_reached",
            "drug_cases",
            "drug_cases_previous_year",
            "released_prisoners",
            "released_prisoners_reoffended",
            "general_criteria_met");

    private static AreaFacts area(Object... nameValue) {
        Map<String, Object> figures = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object value = nameValue[i + 1];
            figures.put((String) nameValue[i], value instanceof Integer n ? Long.valueOf(n) : value);
        }
        return new AreaFacts("Trà Vinh", List.of("LOAI_4"), 2023, figures, DECLARED);
    }

    private static String vi(Finding finding) {
        FactCatalog catalog = vn.chuyenhoa.engine.testing.TestCatalog.CATALOG;
        Phrasing p = new Phrasing(Language.VI, catalog);
        return finding.describe(p) + finding.shortfall(p).map(s -> " | " + s).orElse("");
    }

    @Test
    @DisplayName("100 % is equality of counts: 1850/1850 passes, 1849/1850 fails short by one household")
    void hundredPercent() {
        assertThat(Checks.shareAtLeast(
                                area("households", 1850, "households_reached", 1850),
                                "households_reached",
                                "households",
                                "100")
                        .status())
                .isEqualTo(Status.PASS);
        Finding short1 = Checks.shareAtLeast(
                area("households", 1850, "households_reached", 1849), "households_reached", "households", "100");
        assertThat(short1.status()).isEqualTo(Status.FAIL);
        assertThat(vi(short1))
                .isEqualTo(
                        "Hộ được tuyên truyền: 1.849/1.850 hộ = 99,9 % (yêu cầu 100 %) | thiếu 1 hộ (cần ít nhất 1.850/1.850 hộ)");
    }

    @Test
    @DisplayName("\"từ 80 % trở lên\" is ≥ in exact arithmetic: 4/5 passes, 79/99 fails though it rounds to 79,8 %")
    void atLeastEighty() {
        assertThat(Checks.shareAtLeast(
                                area("households", 5, "households_reached", 4),
                                "households_reached",
                                "households",
                                "80")
                        .status())
                .isEqualTo(Status.PASS);
        Finding justUnder = Checks.shareAtLeast(
                area("households", 99, "households_reached", 79), "households_reached", "households", "80");
        assertThat(justUnder.status()).isEqualTo(Status.FAIL);
        assertThat(vi(justUnder))
                .contains("79/99 hộ = 79,8 % (yêu cầu từ 80 % trở lên)")
                .contains("thiếu 1 hộ (cần ít nhất 80/99 hộ)");
    }

    @Test
    @DisplayName("A share just under its threshold never shows as the threshold: 1999/2000 shows 99,9 %, not 100 %")
    void roundingNeverCrossesTheThreshold() {
        Finding f = Checks.shareAtLeast(
                area("households", 2000, "households_reached", 1999), "households_reached", "households", "100");
        assertThat(vi(f)).contains("1.999/2.000 hộ = 99,9 %");
        Finding below = Checks.shareBelow(
                area("released_prisoners", 10000, "released_prisoners_reoffended", 1499),
                "released_prisoners_reoffended",
                "released_prisoners",
                "15");
        assertThat(below.status()).isEqualTo(Status.PASS);
        assertThat(vi(below)).contains("1.499/10.000 người = 14,9 %");
    }

    @Test
    @DisplayName(
            "\"dưới 15 %\" is <: exactly 15 % fails and says how many fewer are needed; a whole of zero is not applicable")
    void belowFifteen() {
        Finding exactly = Checks.shareBelow(
                area("released_prisoners", 20, "released_prisoners_reoffended", 3),
                "released_prisoners_reoffended",
                "released_prisoners",
                "15");
        assertThat(exactly.status()).isEqualTo(Status.FAIL);
        assertThat(vi(exactly))
                .isEqualTo("Người tái phạm: 3/20 người = 15 % (yêu cầu dưới 15 %) | vượt 1 người (tối đa 2/20 người)");
        assertThat(Checks.shareBelow(
                                area("released_prisoners", 0),
                                "released_prisoners_reoffended",
                                "released_prisoners",
                                "15")
                        .status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("A missing part or whole is MISSING and the reason names the fact to fill in")
    void missingShare() {
        Finding f = Checks.shareAtLeast(area("households", 10), "households_reached", "households", "100");
        assertThat(f.status()).isEqualTo(Status.MISSING);
        assertThat(f.missing()).containsExactly("households_reached");
        assertThat(vi(f)).isEqualTo("chưa có số liệu households_reached (Hộ được tuyên truyền)");
    }

    @Test
    @DisplayName(
            "Fewer than last year, or none: 0 settles it without last year's figure; equal fails; one fewer passes")
    void fewerThanOrNone() {
        assertThat(Checks.fewerThanOrNone(area("drug_cases", 0), "drug_cases", "drug_cases_previous_year")
                        .status())
                .isEqualTo(Status.PASS);
        assertThat(Checks.fewerThanOrNone(area("drug_cases", 3), "drug_cases", "drug_cases_previous_year")
                        .status())
                .isEqualTo(Status.MISSING);
        assertThat(Checks.fewerThanOrNone(
                                area("drug_cases", 8, "drug_cases_previous_year", 9),
                                "drug_cases",
                                "drug_cases_previous_year")
                        .status())
                .isEqualTo(Status.PASS);
        Finding equal = Checks.fewerThanOrNone(
                area("drug_cases", 9, "drug_cases_previous_year", 9), "drug_cases", "drug_cases_previous_year");
        assertThat(equal.status()).isEqualTo(Status.FAIL);
        assertThat(vi(equal))
                .isEqualTo(
                        "Số vụ về ma túy: 9 vụ, so với năm trước 9 vụ — không giảm | phải giảm ít nhất 1 vụ (còn tối đa 8 vụ)");
        Finding fromZero = Checks.fewerThanOrNone(
                area("drug_cases", 2, "drug_cases_previous_year", 0), "drug_cases", "drug_cases_previous_year");
        assertThat(vi(fromZero)).endsWith("| phải giảm ít nhất 2 vụ (còn tối đa 0 vụ)");
    }

    @Test
    @DisplayName(
            "A criterion is the conjunction of its findings: FAIL wins over MISSING, MISSING over PASS, all NOT_APPLICABLE stays so")
    void conjunction() {
        AreaFacts a = area("drug_cases", 5, "general_criteria_met", false, "households", 0);
        Finding fail = Checks.isTrue(a, "general_criteria_met");
        Finding missing = Checks.fewerThanOrNone(a, "drug_cases", "drug_cases_previous_year");
        Finding pass = Checks.atLeast(a, "drug_cases", 1);
        Finding notApplicable = Checks.shareAtLeast(a, "households_reached", "households", "100");
        assertThat(Checks.criterion("c", missing, fail).status()).isEqualTo(Status.FAIL);
        assertThat(Checks.criterion("c", pass, missing).status()).isEqualTo(Status.MISSING);
        assertThat(Checks.criterion("c", pass, notApplicable).status()).isEqualTo(Status.PASS);
        assertThat(Checks.criterion("c", notApplicable).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("A rule that reads a fact its manifest does not declare is a bug and fails loudly")
    void undeclaredFact() {
        AreaFacts a = new AreaFacts("x", List.of(), 2023, Map.of(), Set.of("households"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.count("drug_cases"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'drug_cases'");
    }
}
