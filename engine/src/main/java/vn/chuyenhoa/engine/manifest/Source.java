package vn.chuyenhoa.engine.manifest;

import java.util.List;

/**
 * Where the plan says it: the document, its section and a quote. A criterion drawn from two places (the two cells
 * of a table's row: the chỉ tiêu and the figure assigned) quotes each apart: {@code moreQuotes}, never one
 * passage joining them.
 */
public record Source(String document, String section, String quote, List<Quote> moreQuotes) {
    public Source {
        moreQuotes = moreQuotes == null ? List.of() : List.copyOf(moreQuotes);
    }

    public Source(String document, String section, String quote) {
        this(document, section, quote, List.of());
    }

    /** Every quote, the first one first. */
    public List<Quote> quotes() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(new Quote(section, quote)), moreQuotes.stream())
                .toList();
    }
}
