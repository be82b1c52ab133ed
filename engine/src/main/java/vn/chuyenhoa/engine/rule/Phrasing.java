package vn.chuyenhoa.engine.rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;

/** Words and numbers for reasons, in one language, with the facts' labels and units. */
public final class Phrasing {
    private final Language language;
    private final FactCatalog catalog;

    public Phrasing(Language language, FactCatalog catalog) {
        this.language = language;
        this.catalog = catalog;
    }

    public Language language() {
        return language;
    }

    public String vi(String vi, String en) {
        return language.pick(vi, en);
    }

    /** The short label of a fact, as used inside a sentence. */
    public String label(String fact) {
        return catalog.get(fact).label().in(language);
    }

    /** A figure with its unit: {@code 1.850 hộ}. */
    public String count(String fact, long value) {
        FactDefinition definition = catalog.get(fact);
        return language.number(value) + " " + definition.unit().of(value, language);
    }

    /** Only the unit of a fact's figure, agreeing with {@code value}. */
    public String unit(String fact, long value) {
        return catalog.get(fact).unit().of(value, language);
    }

    public String number(long value) {
        return language.number(value);
    }

    public String percent(BigDecimal value) {
        return language.percent(value);
    }

    /**
     * {@code part / whole} as a percentage with one decimal, rounded so that it never seems to
     * reach a threshold it does not reach, nor to miss one it reaches (99,96 % shows as 99,9 %, not 100 %).
     */
    public String share(long part, long whole, BigDecimal threshold) {
        return share(language, part, whole, threshold);
    }

    /** {@link #share(long, long, BigDecimal)} where no fact is named (a count of criteria). */
    public static String share(Language language, long part, long whole, BigDecimal threshold) {
        BigDecimal hundredfold = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100));
        BigDecimal exact = hundredfold.divide(BigDecimal.valueOf(whole), 10, RoundingMode.HALF_UP);
        int side = hundredfold.compareTo(threshold.multiply(BigDecimal.valueOf(whole)));
        BigDecimal shown = exact.setScale(1, RoundingMode.HALF_UP);
        if (side < 0 && shown.compareTo(threshold) >= 0) {
            shown = exact.setScale(1, RoundingMode.FLOOR);
        } else if (side > 0 && shown.compareTo(threshold) <= 0) {
            shown = exact.setScale(1, RoundingMode.CEILING);
        }
        return language.percent(shown);
    }

    /** "chưa có số liệu drug_cases (số vụ …)" for facts that were not given. */
    public String missing(List<String> facts) {
        String listed =
                facts.stream().map(fact -> fact + " (" + label(fact) + ")").collect(Collectors.joining(", "));
        return vi("chưa có số liệu ", "no figure for ") + listed;
    }

    public String yesNo(boolean value) {
        return value ? vi("có", "yes") : vi("không", "no");
    }
}
