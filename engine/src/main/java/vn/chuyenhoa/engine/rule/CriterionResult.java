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

    /** This result filed under {@code id}, the criterion of the rule that inserted it. */
    public CriterionResult of(String id) {
        return new CriterionResult(id, status, findings);
    }
}
