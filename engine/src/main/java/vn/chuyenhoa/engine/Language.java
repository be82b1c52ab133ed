package vn.chuyenhoa.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The language of everything a person reads: labels, reasons and number notation.
 * Vietnamese writes {@code 1.850} and {@code 77,8 %}; English writes {@code 1,850} and {@code 77.8 %}.
 */
public enum Language {
    VI('.', ','),
    EN(',', '.');

    private final char groupingSeparator;
    private final char decimalSeparator;

    Language(char groupingSeparator, char decimalSeparator) {
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /** A whole number with thousands grouped: {@code 1.850} or {@code 1,850}. */
    public String number(long value) {
        return format(BigDecimal.valueOf(value), "#,##0");
    }

    /** A decimal with at most one digit after the separator, already rounded by the caller. */
    public String decimal(BigDecimal value) {
        return format(value, "#,##0.#");
    }

    /** A percentage as people read it: {@code 77,8 %}. */
    public String percent(BigDecimal value) {
        return decimal(value.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    private String format(BigDecimal value, String pattern) {
        return formats.get().computeIfAbsent(pattern, this::newFormat).format(value);
    }

    // DecimalFormat is not thread-safe, and making one (with its symbols) costs more than formatting: each thread
    // keeps its own per pattern, so the engine stays shareable and a verdict's dozens of numbers are cheap.
    private final ThreadLocal<Map<String, DecimalFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private DecimalFormat newFormat(String pattern) {
        // The root locale's symbols, so that the digits are 0–9 whatever the JVM's locale (Persian, Arabic or Thai
        // digits under fa_IR, ar_SA, th_TH).
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(groupingSeparator);
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Picks the text for this language. */
    public String pick(String vi, String en) {
        return this == EN ? en : vi;
    }
}
