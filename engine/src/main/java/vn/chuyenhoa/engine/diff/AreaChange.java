package vn.chuyenhoa.engine.diff;

import java.util.List;
import java.util.Objects;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.FactsFile;

/**
 * One area whose result differs between two versions of a plan.
 *
 * @param criteria the criteria whose status differs, in the first version's order, then those only the second has
 */
public record AreaChange(FactsFile input, Side before, Side after, List<CriterionChange> criteria) {
    public AreaChange {
        criteria = List.copyOf(criteria);
    }

    public boolean outcomeChanged() {
        return !Objects.equals(before.outcome(), after.outcome());
    }

    /** A version's result for the area: its verdict, or why the area cannot be evaluated under that version. */
    public record Side(Verdict verdict, InputError error) {
        /** The outcome, or null when the area cannot be evaluated. */
        public Outcome outcome() {
            return verdict == null ? null : verdict.outcome();
        }

        CriterionVerdict criterion(String id) {
            return verdict == null
                    ? null
                    : verdict.criteria().stream()
                            .filter(c -> c.definition().id().equals(id))
                            .findFirst()
                            .orElse(null);
        }
    }

    /**
     * A criterion whose status differs: its result under each version, null where that version does not
     * have the criterion (or cannot evaluate the area).
     */
    public record CriterionChange(String id, CriterionVerdict before, CriterionVerdict after) {}
}
