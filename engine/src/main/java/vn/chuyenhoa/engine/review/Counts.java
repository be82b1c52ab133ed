package vn.chuyenhoa.engine.review;

import java.util.Collection;
import vn.chuyenhoa.engine.Outcome;

/** How many inputs of a group are ĐẠT, CHƯA ĐẠT, CHƯA ĐỦ DỮ LIỆU, and invalid. */
public record Counts(int pass, int fail, int indeterminate, int invalid) {
    static Counts of(Collection<AreaResult> results) {
        int pass = 0;
        int fail = 0;
        int indeterminate = 0;
        int invalid = 0;
        for (AreaResult result : results) {
            Outcome outcome = result.outcome().orElse(null);
            if (outcome == null) {
                invalid++;
            } else if (outcome == Outcome.PASS) {
                pass++;
            } else if (outcome == Outcome.FAIL) {
                fail++;
            } else {
                indeterminate++;
            }
        }
        return new Counts(pass, fail, indeterminate, invalid);
    }

    public int total() {
        return pass + fail + indeterminate + invalid;
    }
}
