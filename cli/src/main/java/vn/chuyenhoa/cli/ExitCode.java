package vn.chuyenhoa.cli;

import java.util.Collection;
import vn.chuyenhoa.engine.Outcome;

/** The exit codes, a contract with scripts (DESIGN 1.4). */
final class ExitCode {
    /** ĐẠT, or the command succeeded. */
    static final int OK = 0;
    /** CHƯA ĐẠT: some area failed; or a golden case failed. */
    static final int FAILED = 1;
    /** Invalid input or usage. */
    static final int INVALID = 2;
    /** CHƯA ĐỦ DỮ LIỆU: none failed, some undecided. */
    static final int UNDECIDED = 3;
    /** A bug. */
    static final int INTERNAL = 4;

    private ExitCode() {}

    /** Several areas: 2 if any file was invalid, else 1 if any failed, else 3 if any is undecided, else 0. */
    static int of(Collection<Outcome> outcomes, boolean anyInvalid) {
        if (anyInvalid) {
            return INVALID;
        }
        if (outcomes.contains(Outcome.FAIL)) {
            return FAILED;
        }
        return outcomes.contains(Outcome.INDETERMINATE) ? UNDECIDED : OK;
    }
}
