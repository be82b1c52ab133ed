package vn.chuyenhoa.engine.review;

import java.util.List;
import java.util.Optional;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Verdict;

/**
 * What the review made of one input: its verdict, or the errors that made it invalid.
 *
 * @param plan      the plan the area is one of, when known (for an invalid input: the plan it named or was
 *                  chosen for, or {@code --plan}); null when it cannot be told
 * @param verdict   the verdict, or null for an invalid input
 * @param errors    why the input is invalid, each placed in its file; empty when it has a verdict
 * @param duplicate true when the input repeats an area already in the review (same plan, province, district,
 *                  name and year), which is then not counted twice
 */
public record AreaResult(AreaInput input, Plan plan, Verdict verdict, List<InputError> errors, boolean duplicate) {
    public AreaResult {
        errors = List.copyOf(errors);
        if ((verdict == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("an area result has either a verdict or errors");
        }
    }

    static AreaResult evaluated(AreaInput input, Verdict verdict, Plan plan) {
        return new AreaResult(input, plan, verdict, List.of(), false);
    }

    static AreaResult invalid(AreaInput input, Plan plan, List<InputError> errors) {
        return new AreaResult(input, plan, null, errors, false);
    }

    static AreaResult repeated(AreaInput input, Plan plan, InputError error) {
        return new AreaResult(input, plan, null, List.of(error), true);
    }

    /** What every report calls an invalid input: KHÔNG HỢP LỆ / INVALID. */
    public static String invalidLabel(Language language) {
        return language.pick("KHÔNG HỢP LỆ", "INVALID");
    }

    /** The outcome, or empty for an invalid input. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(verdict).map(Verdict::outcome);
    }

    public boolean invalid() {
        return verdict == null;
    }

    /** Surely one more area of {@code of}: evaluated under it, or invalid but known to be its, and no repeat. */
    boolean surelyOf(Plan of) {
        return plan == of && !duplicate;
    }

    /** Perhaps one more area of {@code of}: invalid with its plan unknown, or a repeat of one of its areas. */
    boolean perhapsOf(Plan of) {
        return plan == null || plan == of && duplicate;
    }
}
