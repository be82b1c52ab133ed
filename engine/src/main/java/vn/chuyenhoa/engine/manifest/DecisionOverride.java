package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * What a reading changes in the decision rule; a null field leaves the rule's own, and a reading that keeps the rule
 * as it is says {@code decision: {}}.
 *
 * @param notApplicable {@code excluded} (a criterion that does not apply leaves the count and the denominator) or
 *                      {@code met} (it counts as met: nothing it asks for failed)
 * @param items         criteria counted together as one item of the share (met only when each is), added to the rule's
 * @param notCounted    criteria that do not count in the outcome under this reading (shown as INFO), added to the
 *                      rule's
 */
public record DecisionOverride(String notApplicable, List<List<String>> items, List<String> notCounted) {
    public DecisionOverride {
        items = items == null ? null : items.stream().map(List::copyOf).toList();
        notCounted = notCounted == null ? null : List.copyOf(notCounted);
    }
}
