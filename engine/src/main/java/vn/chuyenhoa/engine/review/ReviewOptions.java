package vn.chuyenhoa.engine.review;

import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;

/**
 * How to review.
 *
 * @param plan    the plan every area is evaluated under ({@code id} or {@code id@version}), as the request names it;
 *                null to take each area's own (named in its facts, else chosen from its province, type and year)
 * @param year    the year under review, which sets the default window; null to take it from the window, else
 *                from the year most areas give (the later one on a tie)
 * @param window  the statistics window; null for the default of the year ({@link ReviewWindow#ofYear})
 * @param figures the province's own figures for its targets; {@link ProvinceFigures#NONE} when none are given
 * @throws InvalidInputException at the year when it is one no facts file could hold, or a window is given for another
 *     year
 */
public record ReviewOptions(String plan, Integer year, ReviewWindow window, ProvinceFigures figures) {
    public ReviewOptions {
        figures = figures == null ? ProvinceFigures.NONE : figures;
        if (year != null && (year < FactsReader.MIN_YEAR || year > FactsReader.MAX_YEAR)) {
            throw new InvalidInputException(InputErrors.yearOutOfRange(
                    Parameter.YEAR, FactsReader.MIN_YEAR, FactsReader.MAX_YEAR, year.toString()));
        }
        if (window != null && year != null && window.year() != year) {
            throw new InvalidInputException(InputErrors.windowOfAnotherYear(window.describe(), window.year(), year));
        }
    }

    /** Each area under its own plan, the default window of the year most areas give, no province figures. */
    public static final ReviewOptions DEFAULT = new ReviewOptions(null, null, null, ProvinceFigures.NONE);
}
