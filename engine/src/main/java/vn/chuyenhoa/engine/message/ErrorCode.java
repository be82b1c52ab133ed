package vn.chuyenhoa.engine.message;

import java.util.Locale;

/**
 * What kind of input error an {@link vn.chuyenhoa.engine.InputError} is, stable across releases so that a program
 * can branch on it (over HTTP it is the problem's {@code type}); the message says the rest in words. Listed with
 * their meaning in docs/errors.md.
 */
public enum ErrorCode {
    /** A file or folder named does not exist. */
    FILE_NOT_FOUND,
    /** A file or folder exists but cannot be read (permissions, I/O). */
    FILE_UNREADABLE,
    /** A facts file is larger than the reading limit. */
    FILE_TOO_LARGE,
    /** The bytes are not UTF-8 text (UTF-16, a NUL byte, an invalid byte, another encoding). */
    NOT_UTF8,
    /** The file holds nothing. */
    EMPTY_FILE,
    /** Not valid JSON or YAML: a syntax error, content after the document, a number that cannot be read. */
    SYNTAX,
    /** A key appears twice in one object. */
    DUPLICATE_KEY,
    /** A reading limit is exceeded: nesting, the length of a number, a text or a key. */
    LIMIT_EXCEEDED,
    /** A key that the facts format does not have. */
    UNKNOWN_KEY,
    /** A fact name that no plan knows. */
    UNKNOWN_FACT,
    /** A value of the wrong kind: an object, a string, a list, true or false expected. */
    WRONG_TYPE,
    /** A required part is absent: the area, its name, the year, the facts. */
    MISSING_FIELD,
    /** A value of the right kind that cannot be: an empty name, a year out of range, a negative figure, a bad option. */
    INVALID_VALUE,
    /** A count that is not a whole number ≥ 0 (a fraction, a number in quotes, 1.850, 010); 1850.0 and 1.85e3 are. */
    NOT_A_COUNT,
    /** A part larger than its whole (households reached above households). */
    PART_OVER_WHOLE,
    /** An area type that is not one of the schemes' types. */
    UNKNOWN_AREA_TYPE,
    /** A plan id (or version) that is not shipped. */
    UNKNOWN_PLAN,
    /** The file and the request name different plans. */
    PLAN_MISMATCH,
    /** The year is outside the plan's period. */
    YEAR_OUTSIDE_PLAN,
    /** No plan fits the area's province, type and year. */
    NO_PLAN_FITS,
    /** Several plans fit: the province, district, type or plan must be given. */
    SEVERAL_PLANS_FIT,
    /** The plan named does not fit what else the request gives (province, area type, year). */
    PLAN_DOES_NOT_FIT,
    /** The plan named does not reach the file's area: its province, district, ward or type (DESIGN 1.1). */
    OUTSIDE_REACH,
    /** A reading that the plan does not declare, or a choice it does not offer for it. */
    UNKNOWN_READING,
    /** A review's area whose year is outside the statistics window. */
    OUTSIDE_WINDOW,
    /** A review's area given twice. */
    DUPLICATE_AREA,
    /** A review's folder with no facts file in it. */
    NO_FACTS_FILES,
    /**
     * A JSON Schema (the one {@code schema -o} writes) where a facts file is expected: an error when it is named, a
     * {@link #SKIPPED} notice when it is found in a folder.
     */
    JSON_SCHEMA,
    /**
     * Not an error: an entry of a folder that is not read, with a line saying so (a symbolic link, a FIFO, a device, a
     * socket); the run goes on and its exit code does not change.
     */
    SKIPPED,
    /** A CSV row that does not fit its header. */
    CSV_LAYOUT,
    /** A rule-set folder that cannot be used (its shape, its files, a released version it would replace). */
    RULE_SET,
    /** A folder that is not a chuyenhoa repository's root. */
    NOT_A_REPOSITORY,
    /** An output file that exists and is not replaced without leave (--overwrite). */
    OUTPUT_EXISTS,
    /** An output that would replace an input of the same run, go through a symbolic link, or replace a folder or device. */
    OUTPUT_REFUSED,
    /** An output that cannot be written: a full disk, a closed standard output, a folder that cannot be made. */
    WRITE_FAILED;

    /** The stable id: {@code unknown-fact}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
