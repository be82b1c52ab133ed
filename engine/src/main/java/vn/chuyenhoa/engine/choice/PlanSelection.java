package vn.chuyenhoa.engine.choice;

import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;

/**
 * What to choose a plan by when no plan is named, given apart from the facts file (the command line's
 * {@link Parameter#PROVINCE}, {@link Parameter#AREA_TYPE} and {@link Parameter#YEAR}). Each field that is not null takes the place of
 * the facts file's own ({@code $.area.province}, {@code $.area.types}, {@code $.year}) for choosing the plan;
 * the facts themselves, and the verdict, keep the file's values. When a plan is named, each field given must
 * fit that plan. See {@link Plans#choose(FactsFile, String, PlanSelection)}.
 *
 * @param province a province as people write it ("Thừa Thiên Huế", "tỉnh Trà Vinh"), or null
 * @param areaType one of {@link FactsReader#AREA_TYPES}, or null
 * @param year     the year the plan must be in force in, or null
 * @param ignoreJurisdiction evaluate under a named plan even where it does not reach the area: a what-if, which
 *                 the verdict's warnings say (DESIGN 1.1)
 * @throws InvalidInputException for an area type that is not one of {@link FactsReader#AREA_TYPES}, a year no facts
 *     file could hold
 */
public record PlanSelection(String province, String areaType, Integer year, boolean ignoreJurisdiction) {
    /** Nothing given: the facts file alone decides. */
    public static final PlanSelection NONE = new PlanSelection(null, null, null);

    public PlanSelection(String province, String areaType, Integer year) {
        this(province, areaType, year, false);
    }

    /** Whether a field to choose by is given. */
    public boolean choosesBy() {
        return province != null || areaType != null || year != null;
    }

    public PlanSelection {
        if (areaType != null && !FactsReader.AREA_TYPES.contains(areaType)) {
            throw new InvalidInputException(FactsReader.unknownAreaType(null, null, Parameter.AREA_TYPE, areaType));
        }
        if (year != null && (year < FactsReader.MIN_YEAR || year > FactsReader.MAX_YEAR)) {
            throw new InvalidInputException(InputErrors.yearOutOfRange(
                    Parameter.YEAR, FactsReader.MIN_YEAR, FactsReader.MAX_YEAR, year.toString()));
        }
    }
}
