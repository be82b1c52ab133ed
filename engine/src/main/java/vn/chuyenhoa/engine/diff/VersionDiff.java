package vn.chuyenhoa.engine.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.diff.AreaChange.CriterionChange;
import vn.chuyenhoa.engine.diff.AreaChange.Side;
import vn.chuyenhoa.engine.facts.FactsFile;

/**
 * A corpus of areas evaluated under two versions of one plan, and the areas whose outcome or criterion
 * statuses change: what a reviewer must see before a new version is merged. A criterion that does not count
 * (INFO) changes when the status its rule measured changes. Files naming another plan are left out.
 */
public final class VersionDiff {
    private final Plan before;
    private final Plan after;
    private final int compared;
    private final List<AreaChange> changes;
    private final List<FactsFile> otherPlans;
    private final List<InputError> invalid;

    private VersionDiff(
            Plan before,
            Plan after,
            int compared,
            List<AreaChange> changes,
            List<FactsFile> otherPlans,
            List<InputError> invalid) {
        this.before = before;
        this.after = after;
        this.compared = compared;
        this.changes = List.copyOf(changes);
        this.otherPlans = List.copyOf(otherPlans);
        this.invalid = List.copyOf(invalid);
    }

    /**
     * Evaluates every area of {@code corpus} that is for the plan of {@code before} under both versions; the
     * corpus's unreadable files are carried into {@link #invalid()}.
     */
    public static VersionDiff compare(Plan before, Plan after, Corpus corpus) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a diff compares two versions of one plan, not "
                    + before.manifest().reference() + " and " + after.manifest().reference());
        }
        int compared = 0;
        List<AreaChange> changes = new ArrayList<>();
        List<FactsFile> otherPlans = new ArrayList<>();
        List<InputError> invalid = new ArrayList<>(corpus.unreadable());
        for (FactsFile input : corpus.areas()) {
            if (input.plan() != null && !planId(input.plan()).equals(before.id())) {
                otherPlans.add(input);
                continue;
            }
            Side left = evaluate(before, input);
            Side right = evaluate(after, input);
            if (left.verdict() == null && right.verdict() == null) {
                invalid.add(left.error());
                continue;
            }
            compared++;
            List<CriterionChange> criteria = criterionChanges(left, right);
            if (!Objects.equals(left.outcome(), right.outcome()) || !criteria.isEmpty()) {
                changes.add(new AreaChange(input, left, right, criteria));
            }
        }
        return new VersionDiff(before, after, compared, changes, otherPlans, invalid);
    }

    private static String planId(String reference) {
        int at = reference.indexOf('@');
        return at < 0 ? reference : reference.substring(0, at);
    }

    private static Side evaluate(Plan plan, FactsFile input) {
        try {
            return new Side(plan.evaluate(input), null);
        } catch (InvalidInputException e) {
            return new Side(null, e.errors().get(0));
        }
    }

    private static List<CriterionChange> criterionChanges(Side left, Side right) {
        Set<String> ids = new LinkedHashSet<>();
        for (Side side : List.of(left, right)) {
            if (side.verdict() != null) {
                side.verdict().criteria().forEach(c -> ids.add(c.definition().id()));
            }
        }
        List<CriterionChange> changes = new ArrayList<>();
        for (String id : ids) {
            CriterionVerdict a = left.criterion(id);
            CriterionVerdict b = right.criterion(id);
            if (a == null || b == null || a.status() != b.status() || a.measuredStatus() != b.measuredStatus()) {
                changes.add(new CriterionChange(id, a, b));
            }
        }
        return changes;
    }

    public Plan before() {
        return before;
    }

    public Plan after() {
        return after;
    }

    /** How many areas were evaluated under both versions (or under one, when the other cannot). */
    public int compared() {
        return compared;
    }

    /** The areas whose outcome or criterion statuses change, in the corpus's order. */
    public List<AreaChange> changes() {
        return changes;
    }

    public boolean changed() {
        return !changes.isEmpty();
    }

    /** Files of the corpus that name another plan, left out. */
    public List<FactsFile> otherPlans() {
        return otherPlans;
    }

    /** Files that cannot be read, and areas that neither version can evaluate (a year outside both): one error each. */
    public List<InputError> invalid() {
        return invalid;
    }
}
