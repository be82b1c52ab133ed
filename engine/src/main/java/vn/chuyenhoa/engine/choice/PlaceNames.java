package vn.chuyenhoa.engine.choice;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Compares the names of provinces and districts as people write them. "Thừa Thiên Huế", "Thừa Thiên - Huế",
 * "tỉnh Thừa Thiên Huế" and "Thua Thien Hue" are one province; "Khánh Hòa" and "Khánh Hoà" (two placements of
 * the tone mark) too. The comparison ignores case, diacritics (đ is d), punctuation and spacing, and one leading
 * administrative word (tỉnh, thành phố, TP, thị xã, TX, huyện, quận; for a ward or commune phường, thị trấn, xã);
 * what remains must be equal, word for word.
 * No two of Vietnam's provinces share a name once diacritics are dropped, so this never joins two provinces;
 * it does not guess either: "Huế" is not "Thừa Thiên Huế".
 */
public final class PlaceNames {
    private static final List<String> ADMINISTRATIVE_WORDS =
            List.of("tinh", "thanh pho", "tp", "thi xa", "tx", "huyen", "quan", "phuong", "thi tran", "xa");

    private PlaceNames() {}

    /** Whether two names name the same place. */
    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The form two names are compared in: "Tỉnh Thừa Thiên - Huế" → "thua thien hue". */
    public static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        for (String word : ADMINISTRATIVE_WORDS) {
            if (plain.startsWith(word + " ")) {
                return plain.substring(word.length() + 1);
            }
        }
        return plain;
    }
}
