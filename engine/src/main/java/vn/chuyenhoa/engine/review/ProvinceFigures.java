package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;

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
            throw new InvalidInputException(InputErrors.communesInvalid(communes));
        }
        if (previouslyTransformed != null && previouslyTransformed < 0) {
            throw new InvalidInputException(
                    InputErrors.negativeFigure(Parameter.PREVIOUSLY_TRANSFORMED, previouslyTransformed));
        }
        if (relapsed != null && relapsed < 0) {
            throw new InvalidInputException(InputErrors.negativeFigure(Parameter.RELAPSED, relapsed));
        }
        if (relapsed != null && previouslyTransformed != null && relapsed > previouslyTransformed) {
            throw new InvalidInputException(InputErrors.moreRelapsedThanTransformed(relapsed, previouslyTransformed));
        }
    }
}
