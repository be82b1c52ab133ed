package vn.chuyenhoa.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.testing.TestCatalog;

/** The engine refuses a rule set whose DRL and manifest disagree, and evaluates one that agrees. DRL compiled at run time. */
class RuleSetAgreementTest {
    private static final String MANIFEST = """
            id: TEST-PLAN
            version: 1.0.0
            title: {vi: Kế hoạch thử, en: Test plan}
            document: Kế hoạch thử
            issuer: Ban Chỉ đạo thử
            date: 2023-01-01
            jurisdiction: {province: Trà Vinh, district: null}
            area_types: [LOAI_4]
            in_force: {from: 2023-01-01, to: 2023-12-31}
            drl_package: test.plan
            decision_rule: {kind: every_decisive, text: {vi: Đạt mọi tiêu chí, en: Every criterion}}
            criteria:
              - id: propaganda
                title: {vi: 100 % hộ được tuyên truyền}
                group: sub
                facts: [households, households_reached]
                requirement: {vi: 100 % hộ}
                source: {document: KH thử, section: II.2, quote: đảm bảo 100% các hộ dân}
              - id: general
                title: {vi: Tiêu chí chung}
                group: general
                facts: [general_criteria_met]
                requirement: {vi: Ban Chỉ đạo đánh giá đạt}
                source: {document: KH thử, section: II.1, quote: đạt đủ tiêu chí chung}
            """;

    private static final String RULE_PROPAGANDA = """
            rule "100 % households reached"
                @criterion("propaganda")
            when
                $area : AreaFacts()
            then
                insert(criterion("propaganda", shareAtLeast($area, "households_reached", "households", "100")));
            end
            """;

    private static final String RULE_GENERAL = """
            rule "general criteria"
                @criterion("general")
            when
                $area : AreaFacts()
            then
                insert(criterion("general", isTrue($area, "general_criteria_met")));
            end
            """;

    private static final String HEADER = """
            package test.plan;
            import vn.chuyenhoa.engine.rule.AreaFacts;
            import static vn.chuyenhoa.engine.rule.Checks.*;
            """;

    private static Plan compile(String rules) {
        return Plan.compile(
                "test-plan",
                MANIFEST.getBytes(StandardCharsets.UTF_8),
                (HEADER + rules).getBytes(StandardCharsets.UTF_8),
                TestCatalog.CATALOG);
    }

    @Test
    @DisplayName("A rule set whose every criterion has its rule evaluates, PASS when all are met")
    void agreeingRuleSetEvaluates() {
        Plan plan = compile(RULE_PROPAGANDA + RULE_GENERAL);
        FactsFile facts = new FactsReader(TestCatalog.CATALOG).read("a.json", """
                {"area": {"name": "Phường 5"}, "year": 2023,
                 "facts": {"households": 10, "households_reached": 10, "general_criteria_met": true}}
                """.getBytes(StandardCharsets.UTF_8));
        Verdict verdict = plan.evaluate(facts);
        assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
        assertThat(verdict.criteria())
                .extracting(c -> c.definition().id() + "=" + c.status())
                .containsExactly("propaganda=PASS", "general=PASS");
        assertThat(verdict.criterion("propaganda").reason(Language.VI))
                .isEqualTo("Hộ được tuyên truyền: 10/10 hộ = 100 % (yêu cầu 100 %)");
    }

    @Test
    @DisplayName("A rule that writes its criterion's id once, in @criterion, has its result filed under that id;"
            + " the released form that repeats it evaluates alike")
    void criterionIdWrittenOnce() {
        String once = RULE_PROPAGANDA.replace("criterion(\"propaganda\", shareAtLeast(", "criterion(shareAtLeast(");
        assertThat(once).isNotEqualTo(RULE_PROPAGANDA);
        Plan plan = compile(once + RULE_GENERAL.replace("criterion(\"general\", isTrue(", "criterion(isTrue("));
        FactsFile facts = new FactsReader(TestCatalog.CATALOG).read("a.json", """
                {"area": {"name": "Phường 5"}, "year": 2023,
                 "facts": {"households": 10, "households_reached": 9, "general_criteria_met": true}}
                """.getBytes(StandardCharsets.UTF_8));
        Verdict verdict = plan.evaluate(facts);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.criteria())
                .extracting(c -> c.definition().id() + "=" + c.status())
                .containsExactly("propaganda=FAIL", "general=PASS");
        Verdict repeated = compile(RULE_PROPAGANDA + RULE_GENERAL).evaluate(facts);
        assertThat(repeated.criteria())
                .extracting(c -> c.definition().id() + "=" + c.status())
                .containsExactly("propaganda=FAIL", "general=PASS");
        assertThat(verdict.criterion("propaganda").reason(Language.VI))
                .isEqualTo(repeated.criterion("propaganda").reason(Language.VI))
                .isEqualTo("Hộ được tuyên truyền: 9/10 hộ = 90 % (yêu cầu 100 %)");
    }

    @Test
    @DisplayName("A declared criterion that no rule decides is refused, naming the criterion")
    void criterionNeverDecided() {
        Plan plan = compile(RULE_PROPAGANDA);
        assertThatThrownBy(plan::verify)
                .isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("TEST-PLAN@1.0.0: the DRL and the manifest disagree")
                .hasMessageContaining("criterion 'general' is declared in the manifest but no rule decides it");
    }

    @Test
    @DisplayName("A rule for a criterion the manifest does not declare is refused, naming the rule")
    void ruleForUndeclaredCriterion() {
        Plan plan = compile(RULE_PROPAGANDA
                + RULE_GENERAL
                + RULE_GENERAL
                        .replace("\"general criteria\"", "\"sub-9\"")
                        .replace("@criterion(\"general\")", "@criterion(\"sub-9\")"));
        assertThatThrownBy(plan::verify)
                .isInstanceOf(PlanLoadException.class)
                .hasMessageContaining("rule(s) [sub-9] decide criterion 'sub-9', which the manifest does not declare");
    }
}
