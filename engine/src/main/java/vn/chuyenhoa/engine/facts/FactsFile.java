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
 */
public record FactsFile(
        String source,
        String plan,
        Area area,
        int year,
        Map<String, Object> facts,
        Map<String, String> evidence,
        String sha256) {
    public FactsFile {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
