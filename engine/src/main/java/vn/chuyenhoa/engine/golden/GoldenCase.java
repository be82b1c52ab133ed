package vn.chuyenhoa.engine.golden;

import java.util.List;
import java.util.Map;

/**
 * One golden case: facts, and the verdict they must give.
 *
 * @param rule      a sentence stating the rule the case shows; it names the test
 * @param facts     changes to the file's base facts (a null value removes that fact)
 * @param outcome   PASS, FAIL or INDETERMINATE
 * @param decision  fragments the Vietnamese reason of the outcome must contain (the count behind it)
 * @param criteria  the expected status of every criterion
 * @param reasons   per criterion, fragments its Vietnamese reason must contain (the figures)
 * @param shortfall per criterion, a fragment its Vietnamese shortfall must contain
 * @param missing   the expected missing facts, in order (checked when given)
 */
public record GoldenCase(
        String rule,
        Map<String, Object> facts,
        String outcome,
        List<String> decision,
        Map<String, String> criteria,
        Map<String, List<String>> reasons,
        Map<String, String> shortfall,
        List<String> missing) {
    public GoldenCase {
        facts = facts == null ? Map.of() : facts;
        decision = decision == null ? List.of() : decision;
        criteria = criteria == null ? Map.of() : criteria;
        reasons = reasons == null ? Map.of() : reasons;
        shortfall = shortfall == null ? Map.of() : shortfall;
    }
}
