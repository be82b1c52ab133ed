package vn.chuyenhoa.engine.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.chuyenhoa.engine.Language;

/** What a count counts: "hộ" / "households" (English also has a singular). */
public record Unit(String vi, String en, @JsonProperty("en_one") String enOne) {
    public String of(long count, Language language) {
        if (language == Language.VI) {
            return vi;
        }
        return count == 1 && enOne != null ? enOne : en;
    }
}
