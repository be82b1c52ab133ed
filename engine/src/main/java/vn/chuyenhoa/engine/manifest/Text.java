package vn.chuyenhoa.engine.manifest;

import vn.chuyenhoa.engine.Language;

/** A text of a manifest in Vietnamese, with its English rendering where one is given. */
public record Text(String vi, String en) {
    public Text {
        if (vi == null || vi.isBlank()) {
            throw ManifestException.of(
                    "một đoạn chữ cần có lời tiếng Việt (vi)", "a text needs its Vietnamese wording (vi)");
        }
    }

    /** The text in the language asked for; Vietnamese where no English was written. */
    public String in(Language language) {
        return language == Language.EN && en != null ? en : vi;
    }
}
