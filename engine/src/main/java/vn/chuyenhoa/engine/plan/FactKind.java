package vn.chuyenhoa.engine.plan;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A fact is a count (a whole number ≥ 0) or a flag (a finding or the council's assessment). */
public enum FactKind {
    @JsonProperty("count") COUNT,
    @JsonProperty("flag") FLAG
}
