package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;

/**
 * Figures of the province as a whole that some of a plan's targets need and no area's facts hold: how many
 * communes it has, how many areas were transformed in earlier years and how many of those became complex again.
 * Each may be absent (null), which leaves the target that needs it undecided, never 0.
 *
 * @param communes              the province's communes, wards and townships (đơn vị hành chính cấp xã)
 * @param previouslyTransformed areas transformed successfully in earlier years
 * @param relapsed              of those, the areas that became complex again
 * @throws InvalidInputException when a figure is negative, there are no communes, or more areas relapsed than
 *                               were transformed
 */
public record ProvinceFigures(Long communes, Long previouslyTransformed, Long relapsed) {
    /** None given. */
    public static final ProvinceFigures NONE = new ProvinceFigures(null, null, null);

    public ProvinceFigures {
        if (communes != null && communes < 1) {
            throw error("--communes", "cần số xã, phường, thị trấn của tỉnh, ít nhất 1, gặp " + communes,
                    "expected the province's number of communes, at least 1, found " + communes);
        }
        if (previouslyTransformed != null && previouslyTransformed < 0) {
            throw error("--previously-transformed", "cần một số nguyên ≥ 0, gặp " + previouslyTransformed,
                    "expected a whole number ≥ 0, found " + previouslyTransformed);
        }
        if (relapsed != null && relapsed < 0) {
            throw error("--relapsed", "cần một số nguyên ≥ 0, gặp " + relapsed, "expected a whole number ≥ 0, found " + relapsed);
        }
        if (relapsed != null && previouslyTransformed != null && relapsed > previouslyTransformed) {
            throw error("--relapsed", "số địa bàn phức tạp trở lại (" + relapsed + ") không thể lớn hơn số địa bàn đã "
                            + "chuyển hóa thành công (--previously-transformed " + previouslyTransformed + ")",
                    "the areas complex again (" + relapsed + ") cannot outnumber the areas transformed before "
                            + "(--previously-transformed " + previouslyTransformed + ")");
        }
    }

    private static InvalidInputException error(String option, String vi, String en) {
        return new InvalidInputException(new InputError(null, option, vi, en, null));
    }
}
