package vn.chuyenhoa.engine.manifest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which facts of a plan a year review's figures can fill ({@code from_review} in the manifest): a city's target on
 * its hotspot areas (plan 102, target 2.10) counts the areas that the review of those areas decided. The review's
 * figures are named by {@link #FIGURES}; each maps to a fact of {@code criterion}.
 *
 * @param criterion the criterion whose facts the review fills
 * @param facts     each review figure and the fact it fills, in the manifest's order
 */
public record ReviewFigures(String criterion, Map<String, String> facts) {
    /** The review's areas in all, ĐẠT, CHƯA ĐẠT; the province's areas transformed in earlier years and relapsed. */
    public static final List<String> FIGURES =
            List.of("areas", "transformed", "not_transformed", "previously_transformed", "relapsed");

    public ReviewFigures {
        if (criterion == null) {
            throw ManifestException.of(
                    "from_review cần nêu tiêu chí có các số liệu mà nó điền",
                    "from_review needs the criterion whose facts it fills");
        }
        for (String figure : facts.keySet()) {
            if (!FIGURES.contains(figure)) {
                String known = String.join(", ", FIGURES);
                throw ManifestException.of(
                        "from_review: không có số liệu sơ kết '" + figure + "' (các số liệu có: " + known + ")",
                        "from_review: unknown review figure '" + figure + "' (known: " + known + ")");
            }
        }
        facts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }
}
