package vn.chuyenhoa.engine.message;

import java.util.Locale;

/**
 * What a front end passes to the engine beside the files: named here apart from any front end's spelling, so that
 * a message can point at it in the words of whoever reads it ({@link Spelling}): {@code --area-type} on the command
 * line, {@code area_type} over HTTP.
 */
public enum Parameter {
    /** The plan, {@code id} or {@code id@version}. */
    PLAN,
    /** The province to choose a plan by. */
    PROVINCE,
    /** The area type to choose a plan by. */
    AREA_TYPE,
    /** The year to choose a plan by, or under review. */
    YEAR,
    /** A review's statistics window. */
    WINDOW,
    /** The province's communes, wards and townships (a review target). */
    COMMUNES,
    /** The areas transformed in earlier years (a review target). */
    PREVIOUSLY_TRANSFORMED,
    /** Of those, the areas complex again (a review target). */
    RELAPSED,
    /** A reading of the plan to evaluate under, {@code ID=CHOICE} (DESIGN 1.1). */
    READING,
    /** Evaluate under a named plan that does not reach the area: a what-if. */
    IGNORE_JURISDICTION,
    /** A folder of rule sets being authored. */
    RULES,
    /** The root of a chuyenhoa repository. */
    REPOSITORY,
    /** Leave to replace an existing output file. */
    OVERWRITE;

    /** The canonical name, as a query parameter writes it: {@code area_type}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
