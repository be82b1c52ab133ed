package vn.chuyenhoa.engine.manifest;

import vn.chuyenhoa.engine.Language;

/** What a count counts: "hộ" / "households" (English also has a singular). */
public record Unit(String vi, String en, String enOne) {
    public String of(long count, Language language) {
        if (language == Language.VI) {
            return vi;
        }
        return count == 1 && enOne != null ? enOne : en;
    }
}
