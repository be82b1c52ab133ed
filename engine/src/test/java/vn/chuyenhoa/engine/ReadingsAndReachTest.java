package vn.chuyenhoa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.choice.PlanSelection;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.render.ReviewText;
import vn.chuyenhoa.engine.render.VerdictText;
import vn.chuyenhoa.engine.review.Progress;
import vn.chuyenhoa.engine.review.Review;
import vn.chuyenhoa.engine.review.ReviewOptions;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.csv.CsvAreas;
import vn.chuyenhoa.engine.testing.TestCatalog;

/**
 * Readings (DESIGN 1.1): the verdict under the chosen ones, the alternatives that decide the area otherwise (tried
 * one at a time, from one firing of the rules), an alternative asked for; and the plan's reach: what a named plan
 * refuses, and what a verdict warns of. A small plan: three targets of which 60 % must be met, one reading of the
 * decision rule (does a target with nothing to measure count as met?) and one the rules consult (is the drug target
 * the count, or the council's assessment?).
 */
class ReadingsAndReachTest {
    private static final String MANIFEST = """
            id: READINGS-TEST
            version: 1.0.0
            title: {vi: Kế hoạch thử cách hiểu, en: A plan to test readings}
            document: Kế hoạch thử
            issuer: UBND tỉnh thử
            date: 2019-01-01
            jurisdiction:
              province: Đồng Nai
              other_names: [{province: Tỉnh Mới, from: 2025-07-01}]
            area_types: [TTATXH]
            in_force: {from: 2019-01-01, to: 2030-12-31}
            final_evaluation:
              date: 2020-05-01
              source: {document: KH thử, section: II.1, quote: đánh giá cuối kỳ}
            drl_package: test.readings
            decision_rule:
              kind: at_least_share
              group: target
              percent: 60
              not_applicable: met
              text: {vi: Đạt từ 60 % chỉ tiêu trở lên, en: At least 60 % of the targets}
            readings:
              - id: not-applicable
                question: {vi: "Chỉ tiêu không có gì để đo có tính là đạt?", en: "Does a target with nothing to measure count as met?"}
                words: [{section: III.4, quote: đạt 60% các chỉ tiêu}]
                chosen: counts-as-met
                reason: {vi: Danh sách chỉ tiêu cố định., en: The list is fixed.}
                choices:
                  - {id: counts-as-met, text: {vi: tính là đạt, en: counts as met}, decision: {not_applicable: met}}
                  - {id: excluded, text: {vi: bỏ khỏi mẫu số, en: leaves the denominator}, decision: {not_applicable: excluded}}
              - id: drug-measure
                question: {vi: "Chỉ tiêu ma túy đo bằng gì?", en: "What measures the drug target?"}
                words: [{section: II.2, quote: giảm tội phạm ma túy}]
                chosen: fewer-or-none
                reason: {vi: Văn bản nói giảm., en: The text says fewer.}
                choices:
                  - {id: fewer-or-none, text: {vi: số vụ giảm, en: fewer cases}}
                  - {id: council, text: {vi: Ban Chỉ đạo đánh giá, en: the council's assessment}, facts: [general_criteria_met]}
            criteria:
              - id: propaganda
                title: {vi: 100 % hộ được tuyên truyền}
                group: target
                facts: [households, households_reached]
                requirement: {vi: 100 % hộ}
                source: {document: KH thử, section: II.2, quote: 100% các hộ dân}
              - id: drugs
                title: {vi: Tội phạm ma túy giảm}
                group: target
                facts: [drug_cases, drug_cases_previous_year]
                requirement: {vi: ít hơn năm trước}
                source: {document: KH thử, section: II.2, quote: giảm tội phạm ma túy}
              - id: recidivism
                title: {vi: Tái phạm dưới 15 %}
                group: target
                facts: [released_prisoners, released_prisoners_reoffended]
                requirement: {vi: dưới 15 %}
                source: {document: KH thử, section: II.2, quote: dưới 15%}
            """;

    private static final String DRL = """
            package test.readings;
            import vn.chuyenhoa.engine.rule.AreaFacts;
            import static vn.chuyenhoa.engine.rule.Checks.*;

            rule "propaganda" @criterion("propaganda")
            when $area : AreaFacts() then
                insert(criterion(shareAtLeast($area, "households_reached", "households", "100")));
            end

            rule "drugs" @criterion("drugs")
            when $area : AreaFacts() then
                insert(criterion(reading($area, "drug-measure",
                    choice("fewer-or-none", fewerThanOrNone($area, "drug_cases", "drug_cases_previous_year")),
                    choice("council", isTrue($area, "general_criteria_met")))));
            end

            rule "recidivism" @criterion("recidivism")
            when $area : AreaFacts() then
                insert(criterion(shareBelow($area, "released_prisoners_reoffended", "released_prisoners", "15")));
            end
            """;

    private static final Plan PLAN = Plan.compile(
            "readings-test",
            MANIFEST.getBytes(StandardCharsets.UTF_8),
            DRL.getBytes(StandardCharsets.UTF_8),
            TestCatalog.CATALOG);
    private static final Plans PLANS = Plans.of(TestCatalog.CATALOG, List.of(PLAN));

    /** Nothing to propagandise or reoffend, drug cases up: under the chosen reading 2/3, excluding them 0/1. */
    private static final String QUIET = """
            "households": 0, "households_reached": 0, "drug_cases": 5, "drug_cases_previous_year": 3,
            "released_prisoners": 0, "released_prisoners_reoffended": 0""";

    /** Every household reached, drug cases up, 3/20 = 15 % reoffended: 1/3. */
    private static final String BUSY = """
            "households": 100, "households_reached": 100, "drug_cases": 5, "drug_cases_previous_year": 3,
            "released_prisoners": 20, "released_prisoners_reoffended": 3""";

    private static FactsFile facts(String facts) {
        return facts("Đồng Nai", "[\"TTATXH\"]", 2021, facts);
    }

    private static FactsFile facts(String province, String types, int year, String facts) {
        String json = "{\"area\": {\"name\": \"Xã Thử\", \"district\": \"Huyện Thử\""
                + (province == null ? "" : ", \"province\": \"" + province + "\"")
                + ", \"types\": " + types + "}, \"year\": " + year + ", \"facts\": {" + facts + "}}";
        return PLANS.reader().read("xa-thu.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Outcome> otherwise(Verdict verdict) {
        Map<String, Outcome> otherwise = new LinkedHashMap<>();
        verdict.readings()
                .forEach(r ->
                        otherwise.put(r.reading().id() + "=" + r.alternative().id(), r.outcome()));
        return otherwise;
    }

    @Nested
    @DisplayName("Readings")
    class Readings {
        @Test
        @DisplayName("A verdict lists every reading used, and an alternative that decides the area otherwise with"
                + " its outcome; an alternative the file lacks facts for is not listed")
        void alternativeThatDecidesOtherwiseIsListed() {
            Verdict verdict = PLAN.evaluate(facts(QUIET));
            assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
            assertThat(verdict.decision().reason(Language.VI))
                    .isEqualTo("2/3 chỉ tiêu đạt = 66,7 % ≥ 60 % (kể cả 2 chỉ tiêu không áp dụng, tính là đạt:"
                            + " propaganda, recidivism)");
            assertThat(verdict.readingsUsed())
                    .containsExactly(
                            Map.entry("not-applicable", "counts-as-met"), Map.entry("drug-measure", "fewer-or-none"));
            assertThat(otherwise(verdict)).containsExactly(Map.entry("not-applicable=excluded", Outcome.FAIL));
            assertThat(verdict.warnings()).isEmpty();
            assertThat(new VerdictText(Language.VI).render(verdict))
                    .contains("Kết quả phụ thuộc cách hiểu “Chỉ tiêu không có gì để đo có tính là đạt?”"
                            + " (not-applicable): theo cách hiểu “bỏ khỏi mẫu số” (excluded) thì CHƯA ĐẠT\n");
        }

        @Test
        @DisplayName("A reading the rules consult is tried from the same firing: decided otherwise when its facts"
                + " are given, not listed when they are missing")
        void rulesReadingNeedsItsFacts() {
            Verdict without = PLAN.evaluate(facts(BUSY));
            assertThat(without.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(without.criterion("drugs").status()).isEqualTo(Status.FAIL);
            assertThat(otherwise(without)).isEmpty();
            Verdict with = PLAN.evaluate(facts(BUSY + ", \"general_criteria_met\": true"));
            assertThat(with.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(otherwise(with)).containsExactly(Map.entry("drug-measure=council", Outcome.PASS));
            assertThat(with.warnings())
                    .as("a fact an alternative reads is the plan's, not unused")
                    .isEmpty();
        }

        @Test
        @DisplayName("Asked for an alternative, the verdict follows it, says so in a warning, and lists the chosen"
                + " reading when that decides otherwise")
        void askedReading() {
            Verdict verdict =
                    PLAN.evaluate(facts(BUSY + ", \"general_criteria_met\": true"), Map.of("drug-measure", "council"));
            assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
            assertThat(verdict.criterion("drugs").status()).isEqualTo(Status.PASS);
            assertThat(verdict.criterion("drugs").reason(Language.VI)).isEqualTo("Đạt tiêu chí chung: có");
            assertThat(verdict.readingsUsed()).containsEntry("drug-measure", "council");
            assertThat(otherwise(verdict)).containsExactly(Map.entry("drug-measure=fewer-or-none", Outcome.FAIL));
            assertThat(verdict.warnings())
                    .extracting(w -> w.message(Language.VI))
                    .containsExactly("readings.drug-measure: đánh giá theo cách hiểu “council”, không phải cách hiểu"
                            + " bộ quy tắc đã chọn (“fewer-or-none”)");
        }

        @Test
        @DisplayName("An unknown reading or choice is an input error at --reading, with the closest name")
        void unknownReading() {
            assertThatThrownBy(() -> PLAN.evaluate(facts(BUSY), Map.of("drug-mesure", "council")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        InputError error = e.errors().get(0);
                        assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_READING);
                        assertThat(error.parameter()).isEqualTo(Parameter.READING);
                        assertThat(error.suggestion()).isEqualTo("drug-measure");
                        assertThat(error.message(Language.EN))
                                .isEqualTo("xa-thu.json: reading: plan READINGS-TEST@1.0.0 declares no reading"
                                        + " \"drug-mesure\" (known: not-applicable, drug-measure) — did you mean"
                                        + " \"drug-measure\"?");
                    });
            assertThatThrownBy(() -> PLAN.evaluate(facts(BUSY), Map.of("drug-measure", "councl")))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).message(Language.EN))
                                    .isEqualTo(
                                            "xa-thu.json: reading: reading \"drug-measure\" of plan READINGS-TEST@1.0.0 has"
                                                    + " no choice \"councl\" (known: fewer-or-none, council) — did you mean"
                                                    + " \"council\"?"));
        }

        @Test
        @DisplayName("A review counts the areas decided otherwise under another reading and notes it at each")
        void reviewCountsAreasDependingOnAReading() {
            String csv = "name;district;province;types;year;households;households_reached;drug_cases;"
                    + "drug_cases_previous_year;released_prisoners;released_prisoners_reoffended\n"
                    + "Xã Yên;Huyện Thử;Đồng Nai;TTATXH;2021;0;0;5;3;0;0\n"
                    + "Xã Động;Huyện Thử;Đồng Nai;TTATXH;2021;100;100;5;3;20;3\n";
            ReviewResult review = new Review(PLANS)
                    .run(
                            CsvAreas.read(PLANS.reader(), "so-ket.csv", csv.getBytes(StandardCharsets.UTF_8)),
                            ReviewOptions.DEFAULT,
                            Progress.NONE);
            assertThat(review.summary().dependingOnReadings()).isEqualTo(1);
            String text = new ReviewText(Language.VI, Spelling.QUERY).render(review);
            assertThat(text)
                    .contains("    Cách hiểu đã dùng: not-applicable = counts-as-met, drug-measure = fewer-or-none\n")
                    .contains("Kết quả phụ thuộc cách hiểu: 1 địa bàn có kết quả khác theo một cách hiểu khác của kế"
                            + " hoạch (ghi ở từng địa bàn)\n")
                    .contains("1. [ĐẠT] Xã Yên (Huyện Thử) — 2/3 chỉ tiêu đạt")
                    .contains("    Kết quả phụ thuộc cách hiểu “Chỉ tiêu không có gì để đo có tính là đạt?”"
                            + " (not-applicable): theo cách hiểu “bỏ khỏi mẫu số” (excluded) thì CHƯA ĐẠT\n");
        }
    }

    @Nested
    @DisplayName("Reach and the final evaluation")
    class Reach {
        @Test
        @DisplayName("A named plan that does not reach the file's province and type is refused, naming both misfits;"
                + " asked as a what-if, the verdict says so")
        void outsideReach() {
            FactsFile haNoi = facts("Hà Nội", "[\"LOAI_4\"]", 2021, BUSY);
            assertThatThrownBy(() -> PLANS.choose(haNoi, "READINGS-TEST"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        InputError error = e.errors().get(0);
                        assertThat(error.code()).isEqualTo(ErrorCode.OUTSIDE_REACH);
                        assertThat(error.path()).isEqualTo("$.area.province");
                        assertThat(error.message(Language.EN))
                                .isEqualTo("xa-thu.json: $.area.province: plan READINGS-TEST@1.0.0 does not reach this"
                                        + " area: province “Hà Nội” (the plan's: Đồng Nai), type LOAI_4 (the plan's:"
                                        + " TTATXH) — no plan reaches it; for a what-if outside the plan's reach add"
                                        + " ignore_jurisdiction");
                    });
            Plan whatIf = PLANS.choose(haNoi, "READINGS-TEST", new PlanSelection(null, null, null, true));
            assertThat(whatIf.evaluate(haNoi).warnings())
                    .extracting(w -> w.message(Language.EN))
                    .containsExactly("plan: what-if outside the plan's reach: plan READINGS-TEST@1.0.0 does not reach"
                            + " this area (province “Hà Nội” (the plan's: Đồng Nai), type LOAI_4 (the plan's:"
                            + " TTATXH)); a result for reference, not an official verdict");
        }

        @Test
        @DisplayName("A file without its province cannot be checked against the plan's reach, and says so; types"
                + " the plan is not for are named as not evaluated; another official name of the place is noted")
        void reachWarnings() {
            assertThat(PLAN.evaluate(facts(null, "[\"TTATXH\"]", 2021, BUSY)).warnings())
                    .extracting(Warning::path)
                    .containsExactly("$.area.province");
            assertThat(PLAN.evaluate(facts("Đồng Nai", "[\"TTATXH\", \"LOAI_4\"]", 2021, BUSY))
                            .warnings())
                    .extracting(w -> w.message(Language.VI))
                    .containsExactly("$.area.types: loại LOAI_4 không có kế hoạch ở đây và không được đánh giá; kế"
                            + " hoạch READINGS-TEST chỉ đánh giá loại TTATXH");
            FactsFile renamed = facts("Tỉnh Mới", "[\"TTATXH\"]", 2026, BUSY);
            assertThat(PLANS.choose(renamed, null)).isSameAs(PLAN);
            assertThat(PLAN.evaluate(renamed).warnings())
                    .extracting(w -> w.message(Language.VI))
                    .containsExactly("$.area.province: “Tỉnh Mới” là tên chính thức khác (từ 01/07/2025) của “Đồng"
                            + " Nai”, tên kế hoạch dùng");
        }

        @Test
        @DisplayName("Figures of a year that ends before the plan's final evaluation give an interim verdict")
        void interim() {
            Verdict before = PLAN.evaluate(facts("Đồng Nai", "[\"TTATXH\"]", 2019, QUIET));
            assertThat(before.interim()).isTrue();
            assertThat(new VerdictText(Language.VI).render(before)).contains("KẾT QUẢ: ĐẠT (sơ bộ) — ");
            assertThat(PLAN.evaluate(facts("Đồng Nai", "[\"TTATXH\"]", 2020, QUIET))
                            .interim())
                    .isFalse();
        }
    }
}
