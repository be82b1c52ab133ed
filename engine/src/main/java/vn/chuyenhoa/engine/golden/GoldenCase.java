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
 * @param readings  readings to evaluate under, reading id to choice ({@code --reading}); none: the rule set's own
 * @param year      the evaluation year, where the case changes the base's; null keeps it
 * @param interim   whether the verdict is interim (before the plan's final evaluation); false when not given
 * @param otherwise the alternatives under which the verdict says the area is decided otherwise, exactly:
 *                  {@code "reading=alternative"} to the outcome; none expected when not given
 */
public record GoldenCase(
        String rule,
        Map<String, Object> facts,
        String outcome,
        List<String> decision,
        Map<String, String> criteria,
        Map<String, List<String>> reasons,
        Map<String, String> shortfall,
        List<String> missing,
        Map<String, String> readings,
        Map<String, String> otherwise,
        Integer year,
        Boolean interim) {
    public GoldenCase {
        readings = readings == null ? Map.of() : readings;
        otherwise = otherwise == null ? Map.of() : otherwise;
        interim = interim != null && interim;
        facts = facts == null ? Map.of() : facts;
        decision = decision == null ? List.of() : decision;
        criteria = criteria == null ? Map.of() : criteria;
        reasons = reasons == null ? Map.of() : reasons;
        shortfall = shortfall == null ? Map.of() : shortfall;
    }
}
