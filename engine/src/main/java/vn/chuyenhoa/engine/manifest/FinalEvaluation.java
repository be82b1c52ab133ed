package vn.chuyenhoa.engine.manifest;

import java.time.LocalDate;

/**
 * The day a plan's final evaluation falls on, where the plan declares one: a verdict on the figures of a year that
 * ends before it is interim (DESIGN 1.3).
 */
public record FinalEvaluation(LocalDate date, Source source) {
    /** Whether a verdict on {@code year}'s figures comes before the final evaluation. */
    public boolean isInterim(int year) {
        return LocalDate.of(year, 12, 31).isBefore(date);
    }
}
