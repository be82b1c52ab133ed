package vn.chuyenhoa.engine.manifest;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a plan combines its criteria into an outcome, as the manifest declares it. Three kinds, built from the
 * same pieces (see the engine's {@code DecisionRule}):
 * <ul>
 *   <li>{@code every_decisive}: every decisive criterion holds (met, or not applicable);</li>
 *   <li>{@code at_least_share}: the met criteria of {@code group} are at least {@code percent} % of its
 *       applicable ones ("đạt từ p % các chỉ tiêu trở lên"), and every criterion of each group in
 *       {@code conditions} holds;</li>
 *   <li>{@code scorecard}: a city's year against its targets, where the plan states no overall rule: every
 *       decisive target met gives the scorecard's "all targets met", with the count met; each target names its
 *       lead unit.</li>
 * </ul>
 *
 * @param kind       {@code every_decisive}, {@code at_least_share} or {@code scorecard}
 * @param text       the rule in words, with its source, as the verdict shows it
 * @param group      at_least_share: the group whose criteria are counted
 * @param percent    at_least_share: the share required, "từ p % trở lên" (more than 0, at most 100)
 * @param conditions at_least_share: the groups whose every criterion must hold as well; may be empty
 * @param notApplicable how a criterion that does not apply counts: {@code excluded} (the default: it leaves the
 *                   count and the denominator) or {@code met}
 * @param items      at_least_share: criteria counted together as one item (met only when each is); may be empty
 * @param notCounted decisive criteria that do not count in the outcome (a reading may say so); may be empty
 */
public record DecisionRuleDefinition(
        String kind,
        Text text,
        Group group,
        BigDecimal percent,
        List<Group> conditions,
        String notApplicable,
        List<List<String>> items,
        List<String> notCounted) {
    public static final String EXCLUDED = "excluded";
    public static final String SCORECARD = "scorecard";
    public static final String MET = "met";

    public DecisionRuleDefinition {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        notApplicable = notApplicable == null ? EXCLUDED : notApplicable;
        items = items == null ? List.of() : items.stream().map(List::copyOf).toList();
        notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
    }

    public DecisionRuleDefinition(String kind, Text text, Group group, BigDecimal percent, List<Group> conditions) {
        this(kind, text, group, percent, conditions, null, null, null);
    }

    /** A scorecard: the plan states no overall rule, so the outcome only sums up its targets (DESIGN 1.3). */
    public boolean isScorecard() {
        return SCORECARD.equals(kind);
    }

    /**
     * This rule as a reading changes it: its way of counting what does not apply, if it says; the items it joins and
     * the criteria it leaves uncounted, added to those of the rule (and of the other readings in force).
     */
    public DecisionRuleDefinition with(DecisionOverride override) {
        return new DecisionRuleDefinition(
                kind,
                text,
                group,
                percent,
                conditions,
                override.notApplicable() != null ? override.notApplicable() : notApplicable,
                override.items() == null
                        ? items
                        : java.util.stream.Stream.concat(items.stream(), override.items().stream())
                                .toList(),
                override.notCounted() == null
                        ? notCounted
                        : java.util.stream.Stream.concat(notCounted.stream(), override.notCounted().stream())
                                .distinct()
                                .toList());
    }
}
