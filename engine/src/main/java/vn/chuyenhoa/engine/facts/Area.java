package vn.chuyenhoa.engine.facts;

import java.util.List;

/** The area a facts file is about. Only the name is required. */
public record Area(String name, String district, String province, List<String> types) {
    public Area {
        types = types == null ? List.of() : List.copyOf(types);
    }
}
