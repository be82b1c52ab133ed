package vn.chuyenhoa.engine.manifest;

import java.time.LocalDate;

/**
 * Another official name of a plan's place, and the day it took effect (the 2025 reorganisation: Thừa Thiên Huế
 * became thành phố Huế on 01/01/2025). Exactly one of the three names is given: the place it renames.
 */
public record OtherName(String province, String district, String area, LocalDate from) {
    /** The name given. */
    public String name() {
        return province != null ? province : district != null ? district : area;
    }
}
