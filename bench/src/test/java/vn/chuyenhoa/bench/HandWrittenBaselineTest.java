package vn.chuyenhoa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsFile;

class HandWrittenBaselineTest {
    @Test
    @DisplayName(
            "The benchmark's hand-written baseline decides every generated area as the rule set does, and the areas mix all outcomes")
    void baselineAgreesWithTheRuleSet() {
        Plans plans = Plans.load();
        Plan plan = plans.get(HandWrittenPlan45.VERSION);
        List<FactsFile> areas = GeneratedAreas.plan45(plans, 1_000, 45);
        for (FactsFile area : areas) {
            assertThat(HandWrittenPlan45.outcome(area.facts()))
                    .as(area.source())
                    .isEqualTo(plan.evaluate(area).outcome());
        }
        Map<Outcome, Long> mix = areas.stream()
                .map(a -> plan.evaluate(a).outcome())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(mix).containsOnlyKeys(Outcome.PASS, Outcome.FAIL, Outcome.INDETERMINATE);
    }
}
