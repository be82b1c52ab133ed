package vn.chuyenhoa.engine.review;

import java.util.List;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.manifest.ReviewTargetDefinition;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * One province-level target of a plan, evaluated over the review: PASS or FAIL only when no outcome of the
 * undecided and invalid areas, and no value of a figure not given, could change it; else MISSING.
 *
 * @param status  PASS, FAIL, MISSING, or NOT_APPLICABLE (nothing to take a share of)
 * @param missing the parameters whose figures the target lacks ({@link Parameter#COMMUNES}); may be empty
 *                while the status is MISSING, when only the areas' outcomes are undecided
 */
public record TargetResult(
        Plan plan, ReviewTargetDefinition definition, Status status, Phrase explanation, List<Parameter> missing) {
    public TargetResult {
        missing = List.copyOf(missing);
    }

    /** The figures and how they compare, in one sentence; a figure not given is named as {@code spelling} writes it. */
    public String reason(Language language, Spelling spelling) {
        return explanation.in(language, spelling);
    }
}
