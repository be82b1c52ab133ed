package vn.chuyenhoa.engine;

import java.util.List;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.plan.DecisionRuleDefinition;

/**
 * How criteria combine into an outcome. Three-valued: PASS or FAIL only when no value of the missing
 * facts could change it, otherwise INDETERMINATE. Shared by every plan; a manifest names one by its kind.
 */
sealed interface DecisionRule permits DecisionRule.EveryDecisive {

    Decision decide(List<CriterionVerdict> criteria);

    static DecisionRule of(DecisionRuleDefinition definition) {
        return switch (definition.kind()) {
            case "every_decisive" -> new EveryDecisive();
            default -> throw new IllegalArgumentException("unknown decision rule kind '" + definition.kind()
                    + "' (known: every_decisive)");
        };
    }

    /** "đạt đủ tiêu chí": every decisive criterion met or not applicable. */
    record EveryDecisive() implements DecisionRule {
        @Override
        public Decision decide(List<CriterionVerdict> criteria) {
            List<CriterionVerdict> decisive = criteria.stream().filter(c -> c.definition().isDecisive()).toList();
            List<String> failed = ids(decisive, Status.FAIL);
            List<String> missing = ids(decisive, Status.MISSING);
            List<String> notApplicable = ids(decisive, Status.NOT_APPLICABLE);
            int total = decisive.size();
            if (!failed.isEmpty()) {
                return new Decision(Outcome.FAIL, l -> l.pick("không đạt ", "")
                        + failed.size() + "/" + total + l.pick(" tiêu chí quyết định: ", " decisive criteria not met: ")
                        + String.join(", ", failed));
            }
            if (!missing.isEmpty()) {
                return new Decision(Outcome.INDETERMINATE, l -> l.pick("chưa đủ dữ liệu để kết luận ", "")
                        + missing.size() + "/" + total + l.pick(" tiêu chí quyết định: ", " decisive criteria lack data: ")
                        + String.join(", ", missing) + l.pick("; các tiêu chí còn lại đạt", "; the others are met"));
            }
            return new Decision(Outcome.PASS, l -> l.pick("đạt đủ ", "all ") + total
                    + l.pick(" tiêu chí quyết định", " decisive criteria met")
                    + (notApplicable.isEmpty() ? "" : l.pick(" (không áp dụng: ", " (not applicable: ")
                    + String.join(", ", notApplicable) + ")"));
        }

        private static List<String> ids(List<CriterionVerdict> criteria, Status status) {
            return criteria.stream().filter(c -> c.status() == status).map(c -> c.definition().id())
                    .collect(Collectors.toList());
        }
    }
}
