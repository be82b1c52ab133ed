package vn.chuyenhoa.engine.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;

/**
 * The one fact a rule set sees: an area's figures for one evaluation period.
 * A figure that was not given reads as null, never as 0 or false.
 * Reading a fact the plan's manifest does not declare is a bug in the rule set and fails loudly.
 */
public final class AreaFacts {
    private final String province;
    private final List<String> types;
    private final int year;
    private final Map<String, Object> figures;
    private final Set<String> declared;
    private final ReadingsInForce readings;

    public AreaFacts(String province, List<String> types, int year, Map<String, Object> figures, Set<String> declared) {
        this(
                new Area(null, null, province, List.copyOf(types)),
                year,
                Map.copyOf(figures),
                Set.copyOf(declared),
                ReadingsInForce.NONE);
    }

    private AreaFacts(
            Area area, int year, Map<String, Object> figures, Set<String> declared, ReadingsInForce readings) {
        this.province = area.province();
        this.types = area.types();
        this.year = year;
        this.figures = figures;
        this.declared = declared;
        this.readings = readings;
    }

    /**
     * The facts of a facts file, for a plan that declares {@code declared} (an unmodifiable set, shared by every
     * area), under {@code readings}. The file's figures are already an unmodifiable copy: not copying them again
     * spares a batch evaluation a hash table per area.
     */
    public static AreaFacts of(FactsFile input, Set<String> declared, ReadingsInForce readings) {
        return new AreaFacts(input.area(), input.year(), input.facts(), declared, readings);
    }

    /**
     * The choice in force for a reading the manifest declares, whose choices the rule set writes as
     * {@code written}: every declared choice, no other, or the rule set has a bug.
     */
    String reading(String reading, Set<String> written) {
        return readings.inForce(reading, written);
    }

    public String getProvince() {
        return province;
    }

    public List<String> getTypes() {
        return types;
    }

    public int getYear() {
        return year;
    }

    /** A count, or null when it was not given. */
    public Long count(String fact) {
        return read(fact, Long.class);
    }

    /** A flag, or null when it was not given. */
    public Boolean flag(String fact) {
        return read(fact, Boolean.class);
    }

    private <T> T read(String fact, Class<T> type) {
        if (!declared.contains(fact)) {
            throw new IllegalStateException(
                    "the rule set reads fact '" + fact + "', which its manifest does not declare");
        }
        Object value = figures.get(fact);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("the rule set reads fact '" + fact + "' as a " + type.getSimpleName()
                    + " but it is a " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }
}
