package vn.chuyenhoa.engine.manifest;

import java.time.LocalDate;

/** The dates between which a plan is in force, both included. */
public record InForce(LocalDate from, LocalDate to) {
    /** Whether any day of the calendar year falls within the plan's period. */
    public boolean covers(int year) {
        return from.getYear() <= year && year <= to.getYear();
    }
}
