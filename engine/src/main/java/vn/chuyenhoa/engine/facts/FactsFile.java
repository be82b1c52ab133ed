package vn.chuyenhoa.engine.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One area's facts for one evaluation period, as read from a facts file.
 *
 * @param source   the file name, as the user gave it, for messages
 * @param plan     the plan the file names ({@code "45-KH-BCD-2023"} or {@code "45-KH-BCD-2023@1.0.0"}), or null
 * @param facts    the figures given: {@link Long} for counts, {@link Boolean} for flags; absent and null are not here
 * @param evidence free text per fact (a report number, a date)
 * @param sha256   of the file's bytes
 * @param review   the year review whose figures filled some facts ({@code evaluate --from-review}), or null
 */
public record FactsFile(
        String source,
        String plan,
        Area area,
        int year,
        Map<String, Object> facts,
        Map<String, String> evidence,
        String sha256,
        ReviewSource review) {
    public FactsFile {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A year review's file and the sha256 of its bytes, recorded in the verdict of the facts it filled. */
    public record ReviewSource(String file, String sha256) {}

    /** The review whose figures filled some of these facts, if any. */
    public java.util.Optional<ReviewSource> fromReview() {
        return java.util.Optional.ofNullable(review);
    }

    /** These facts with {@code added} filled in from {@code review}. */
    public FactsFile withReview(Map<String, Object> added, ReviewSource review) {
        Map<String, Object> all = new LinkedHashMap<>(facts);
        all.putAll(added);
        return new FactsFile(source, plan, area, year, all, evidence, sha256, review);
    }
}
