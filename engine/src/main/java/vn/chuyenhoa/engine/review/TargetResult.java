package vn.chuyenhoa.engine.review;

import java.util.List;
import java.util.function.Function;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.ReviewTargetDefinition;

/**
 * One province-level target of a plan, evaluated over the review: PASS or FAIL only when no outcome of the
 * undecided and invalid areas, and no value of a figure not given, could change it; else MISSING.
 *
 * @param status  PASS, FAIL, MISSING, or NOT_APPLICABLE (nothing to take a share of)
 * @param missing the command-line options whose figures the target lacks ({@code --communes}); may be empty
 *                while the status is MISSING, when only the areas' outcomes are undecided
 */
public record TargetResult(Plan plan, ReviewTargetDefinition definition, Status status,
                           Function<Language, String> explanation, List<String> missing) {
    public TargetResult {
        missing = List.copyOf(missing);
    }

    /** The figures and how they compare, in one sentence. */
    public String reason(Language language) {
        return explanation.apply(language);
    }
}
