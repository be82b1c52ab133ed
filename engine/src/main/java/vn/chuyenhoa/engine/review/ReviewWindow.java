package vn.chuyenhoa.engine.review;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * The statistics window of a year review (thời gian thống kê số liệu sơ kết), both days included: at most one
 * year, and it reviews the year it ends in. Tây Ninh's 2019 review counted from 16/11/2018 to 15/11/2019 so that
 * the districts could report before 16/11 (KH 2387/KH-BCĐ, II.2); that is the default for a year
 * ({@link #ofYear}). An area's facts belong to the review when their year is the window's year.
 *
 * @param byDefault true when no window was given and this one was derived from the year
 */
public record ReviewWindow(LocalDate from, LocalDate to, boolean byDefault) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    public ReviewWindow {
        if (from == null || to == null || from.isAfter(to)) {
            throw new InvalidInputException(InputErrors.windowReversed());
        }
        // Before any arithmetic on the dates, which the largest years would overflow.
        if (to.getYear() < FactsReader.MIN_YEAR || to.getYear() > FactsReader.MAX_YEAR) {
            throw new InvalidInputException(InputErrors.yearOutOfRange(
                    Parameter.WINDOW, FactsReader.MIN_YEAR, FactsReader.MAX_YEAR, describe(from, to)));
        }
        if (to.isAfter(from.plusYears(1).minusDays(1))) {
            throw new InvalidInputException(InputErrors.windowTooLong(describe(from, to)));
        }
    }

    /** The default window of the review of {@code year}: 16/11 of the year before to 15/11 of that year. */
    public static ReviewWindow ofYear(int year) {
        return new ReviewWindow(LocalDate.of(year - 1, 11, 16), LocalDate.of(year, 11, 15), true);
    }

    /**
     * A window as the command line gives it: {@code 2018-11-16..2019-11-15} or {@code 16/11/2018..15/11/2019}.
     *
     * @throws InvalidInputException at {@link Parameter#WINDOW} for any other text
     */
    public static ReviewWindow parse(String text) {
        String[] ends = text.strip().split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new InvalidInputException(InputErrors.windowNotTwoDates(text));
        }
        return new ReviewWindow(day(ends[0].strip(), text), day(ends[1].strip(), text), false);
    }

    private static LocalDate day(String text, String whole) {
        try {
            return LocalDate.parse(text, text.contains("/") ? DAY : ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(InputErrors.windowNotADate(text, whole));
        }
    }

    /** The year under review: the year the window ends in ("sơ kết năm 2019" ends on 15/11/2019). */
    public int year() {
        return to.getYear();
    }

    /** "16/11/2018 – 15/11/2019" */
    public String describe() {
        return describe(from, to);
    }

    /** The error for an area whose facts are for another year than the one under review, if they are. */
    public Optional<InputError> check(FactsFile input) {
        if (input.year() == year()) {
            return Optional.empty();
        }
        return Optional.of(InputErrors.outsideWindow(input.source(), input.year(), year(), describe()));
    }

    /** The window in words, saying where it came from and how to set it. */
    public String describe(Language language, Spelling spelling) {
        String set = spelling.of(Parameter.WINDOW);
        return describe()
                + (byDefault
                        ? language.pick(
                                " (mặc định cho năm " + year() + ": 16/11 năm trước – 15/11; " + "đổi bằng " + set
                                        + ")",
                                " (default for " + year() + ": 16/11 of the year before – 15/11; set it with " + set
                                        + ")")
                        : "");
    }

    private static String describe(LocalDate from, LocalDate to) {
        return DAY.format(from) + " – " + DAY.format(to);
    }
}
