package vn.chuyenhoa.engine.rule;

import java.util.List;
import vn.chuyenhoa.engine.Status;

/**
 * A rule's decision on one criterion: its status and the findings behind it. Rules insert these.
 *
 * @param criterion the criterion's id, or null when the rule leaves it to its {@code @criterion} metadata (the
 *                  engine then files the result under that id)
 */
public record CriterionResult(String criterion, Status status, List<Finding> findings) {
    public CriterionResult {
        findings = List.copyOf(findings);
    }

    /** This result under other readings of the plan ({@link Finding#under}); itself when they change nothing here. */
    public CriterionResult under(java.util.Map<String, String> readings) {
        List<Finding> resolved = findings.stream().map(f -> f.under(readings)).toList();
        for (int i = 0; i < resolved.size(); i++) {
            if (resolved.get(i) != findings.get(i)) {
                return new CriterionResult(criterion, Checks.conjunction(resolved), resolved);
            }
        }
        return this;
    }

    /** This result filed under {@code id}, the criterion of the rule that inserted it. */
    public CriterionResult of(String id) {
        return new CriterionResult(id, status, findings);
    }
}
