package vn.chuyenhoa.engine.message;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for misspelt names: the closest known name, if it is close enough to be a typo — at most a third
 * of the name's length away (two for a short name). The search is bounded, because a file can hold thousands of
 * long unknown names (a 1 MiB file of 4 800 such keys took 8.5 s): a known name whose length differs by more than that
 * tolerance cannot be the one meant and costs nothing, and the distance to the others is computed only in the band
 * of the tolerance, giving up as soon as it is exceeded. So one search costs at most
 * {@code known × typed length × (2 × tolerance + 1)} steps of the distance table ({@link #cost}); a reader asks for
 * at most {@link #PER_FILE} suggestions per file.
 */
public final class Suggestions {
    /** At most this many names of one file get a suggestion: enough for every typo a person makes. */
    public static final int PER_FILE = 20;

    private Suggestions() {}

    /** What one search found, and the work it did: the cells of the distance tables it computed. */
    record Search(Optional<String> suggestion, long cells) {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        return search(typed, known).suggestion();
    }

    /** " (did you mean 'households'?)" after a name in a sentence, when a known one is close; nothing otherwise. */
    public static Phrase didYouMean(String typed, Collection<String> known) {
        return closest(typed, known)
                .map(s -> Phrase.of(" (có phải ý bạn là '" + s + "'?)", " (did you mean '" + s + "'?)"))
                .orElse(Phrase.of("", ""));
    }

    /** The most cells a search for {@code typed} among {@code known} names may compute. */
    static long cost(String typed, Collection<String> known) {
        return (long) known.size() * typed.length() * (2L * tolerance(typed) + 1);
    }

    static Search search(String typed, Collection<String> known) {
        String name = typed.toLowerCase(Locale.ROOT);
        int tolerance = tolerance(typed);
        long[] cells = {0};
        String best = null;
        int bestDistance = tolerance + 1;
        for (String candidate : known) {
            // Ties go to the first name in alphabetical order, so a candidate as close as the best is still measured.
            int distance = distance(name, candidate.toLowerCase(Locale.ROOT), Math.min(bestDistance, tolerance), cells);
            if (distance < bestDistance
                    || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return new Search(bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty(), cells[0]);
    }

    private static int tolerance(String typed) {
        return Math.max(2, typed.length() / 3);
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours) if it is at
     * most {@code limit}, else {@code limit + 1}: only the cells within {@code limit} of the diagonal are computed,
     * and none once a whole row exceeds the limit. Adds the cells computed to {@code cells[0]}.
     */
    static int distance(String a, String b, int limit, long[] cells) {
        int over = limit + 1;
        if (Math.abs(a.length() - b.length()) > limit) {
            return over;
        }
        int width = b.length() + 1;
        int[] twoBack = new int[width];
        int[] back = new int[width];
        int[] row = new int[width];
        for (int j = 0; j < width; j++) {
            back[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            Arrays.fill(row, over);
            row[0] = Math.min(i, over);
            int rowMin = row[0];
            for (int j = Math.max(1, i - limit); j <= Math.min(b.length(), i + limit); j++) {
                cells[0]++;
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, twoBack[j - 2] + 1);
                }
                row[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin > limit) {
                return over;
            }
            int[] oldest = twoBack;
            twoBack = back;
            back = row;
            row = oldest;
        }
        return back[b.length()];
    }
}
