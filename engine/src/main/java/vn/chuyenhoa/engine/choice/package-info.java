/**
 * Choosing the plan for a facts file that names none: by province, district, area type and year
 * ({@link vn.chuyenhoa.engine.choice.PlanSelection}, public), places compared as people write them
 * ({@link vn.chuyenhoa.engine.choice.PlaceNames}). {@code PlanChooser} is public only for {@code Plans}: internal.
 */
package vn.chuyenhoa.engine.choice;
