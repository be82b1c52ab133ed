package vn.chuyenhoa.engine.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Did you mean": the same answers as a full search, for work that is bounded and counted, not timed. */
class SuggestionsTest {
    /** Names like the catalog's: 80 of them, 20 to 45 characters. */
    private static final List<String> KNOWN = names(new Random(7), 80, 20, 45);

    private static List<String> names(Random random, int count, int shortest, int longest) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder name = new StringBuilder();
            int length = shortest + random.nextInt(longest - shortest + 1);
            while (name.length() < length) {
                name.append((char) ('a' + random.nextInt(26)));
            }
            names.add(name.toString());
        }
        return names;
    }

    /** The distance computed whole, as before the bound: the reference the bounded one must agree with. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    @DisplayName("The bounded distance is the full one whenever that is within the limit, and the limit + 1 otherwise")
    void boundedDistanceIsExact() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String a = names(random, 1, 0, 12).get(0).replaceAll("[d-z]", "a");
            String b = random.nextBoolean() ? names(random, 1, 0, 12).get(0).replaceAll("[d-z]", "b") : a + "c";
            int limit = random.nextInt(6);
            assertThat(Suggestions.distance(a, b, limit, new long[1]))
                    .as(a + " / " + b + " within " + limit)
                    .isEqualTo(Math.min(fullDistance(a, b), limit + 1));
        }
    }

    @Test
    @DisplayName("Misspelt names still find what was meant: a swap, a missing letter, a wrong one, another case")
    void suggestions() {
        List<String> facts = List.of("households", "households_reached", "drug_cases", "drug_cases_previous_year");
        assertThat(Suggestions.closest("househods", facts)).contains("households");
        assertThat(Suggestions.closest("housholds_reached", facts)).contains("households_reached");
        assertThat(Suggestions.closest("drug_cases_previuos_year", facts)).contains("drug_cases_previous_year");
        assertThat(Suggestions.closest("DRUG_CASES", facts)).contains("drug_cases");
        assertThat(Suggestions.closest("population", facts)).isEmpty();
    }

    @Test
    @DisplayName("A name far longer than any known one costs no step of a distance table; the issue's 200-character"
            + " keys among 80 names of 20 to 45 characters cost none")
    void longNamesCostNothing() {
        String typed = names(new Random(3), 1, 200, 200).get(0);
        Suggestions.Search search = Suggestions.search(typed, KNOWN);
        assertThat(search.suggestion()).isEmpty();
        assertThat(search.cells()).isZero();
    }

    @Test
    @DisplayName("A search costs at most known names × typed length × (2 × tolerance + 1) cells, the worst case"
            + " included (names as long as the known ones), and much less than the whole tables")
    void workIsBounded() {
        Random random = new Random(5);
        long whole = 0;
        long worst = 0;
        for (String typed : names(random, 500, 15, 60)) {
            Suggestions.Search search = Suggestions.search(typed, KNOWN);
            assertThat(search.cells()).as(typed).isLessThanOrEqualTo(Suggestions.cost(typed, KNOWN));
            worst = Math.max(worst, search.cells());
            whole += KNOWN.stream()
                    .mapToLong(k -> (long) k.length() * typed.length())
                    .sum();
        }
        assertThat(worst).isLessThanOrEqualTo(80L * 60 * 41);
        assertThat(whole).isGreaterThan(500 * worst);
    }

    @Test
    @DisplayName("A suggestion within the tolerance is never lost to the bound: the closest, the first in alphabetical"
            + " order on a tie")
    void sameAnswerAsTheFullSearch() {
        Random random = new Random(9);
        for (String typed : names(random, 300, 18, 48)) {
            String misspelt = KNOWN.get(random.nextInt(KNOWN.size()));
            for (String name : List.of(typed, misspelt.substring(1), misspelt + "x", misspelt.replace('a', 'e'))) {
                int tolerance = Math.max(2, name.length() / 3);
                Optional<String> expected = KNOWN.stream()
                        .filter(k -> fullDistance(name, k) <= tolerance)
                        .min((x, y) -> fullDistance(name, x) != fullDistance(name, y)
                                ? Integer.compare(fullDistance(name, x), fullDistance(name, y))
                                : x.compareTo(y));
                assertThat(Suggestions.closest(name, KNOWN)).as(name).isEqualTo(expected);
            }
        }
    }
}
