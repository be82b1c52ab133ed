package vn.chuyenhoa.engine.rule;

import java.util.List;
import vn.chuyenhoa.engine.Status;

/** A rule's decision on one criterion: its status and the findings behind it. Rules insert these. */
public record CriterionResult(String criterion, Status status, List<Finding> findings) {
    public CriterionResult {
        findings = List.copyOf(findings);
    }
}
