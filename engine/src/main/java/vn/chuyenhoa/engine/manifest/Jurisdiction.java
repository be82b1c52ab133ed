package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * Where a plan applies: its province; where the plan is a district's or a city's, that district or city; where it
 * is a ward's or a commune's own plan, that ward or commune ({@code area}, compared with a facts file's area name).
 * {@code otherNames}: the same places under their other official names, with the day each took effect.
 */
public record Jurisdiction(String province, String district, String area, List<OtherName> otherNames) {
    public Jurisdiction {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    public Jurisdiction(String province, String district, String area) {
        this(province, district, area, List.of());
    }
}
