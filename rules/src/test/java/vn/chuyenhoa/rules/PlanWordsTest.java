package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Quote;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;
import vn.chuyenhoa.engine.manifest.ReviewTargetDefinition;
import vn.chuyenhoa.engine.manifest.Source;

/**
 * The law is the spec: every quote a manifest gives appears in its plan's text (src/test/resources/plan-texts) word
 * for word, spelling included. The text keeps marks of its conversion from PDF (emphasis stars, HTML tags, footnote
 * numbers in {@code <sup>}), which are not the plan's words and are left out before comparing; "..." in a quote
 * marks words left out, so its pieces must appear in order.
 */
class PlanWordsTest {
    /**
     * Released versions whose quotes are known to differ from the text and can never change (a released version is
     * locked); the versions after them quote right. 45@1.0.0 wrote "kiềm chế" for the plan's "kiểm chế" and joined
     * the two cells of each Danh mục row into one passage.
     */
    private static final Set<String> RELEASED_WITH_MISQUOTES = Set.of("45-KH-BCD-2023@1.0.0");

    @Test
    @DisplayName("Every quote of every rule set appears in its plan's text word for word")
    void everyQuoteIsThePlansWords() throws IOException {
        List<String> misquoted = new ArrayList<>();
        int checked = 0;
        for (Plan plan : Plans.load().all()) {
            if (RELEASED_WITH_MISQUOTES.contains(plan.manifest().reference())) {
                continue;
            }
            String text = words(planText(plan.id()));
            for (Map.Entry<String, Quote> quote : quotes(plan.manifest())) {
                checked++;
                if (!appears(quote.getValue().quote(), text)) {
                    misquoted.add(plan.manifest().reference() + " " + quote.getKey() + ": “"
                            + quote.getValue().quote() + "”");
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(misquoted).isEmpty();
    }

    @Test
    @DisplayName("A quote with one letter's tone mark changed, or two passages joined as one, is not the plan's words")
    void aChangedQuoteIsCaught() throws IOException {
        String text = words(planText("45-KH-BCD-2023"));
        assertThat(appears("kiểm chế phát sinh người nghiện mới", text)).isTrue();
        assertThat(appears("kiềm chế phát sinh người nghiện mới", text)).isFalse();
        assertThat(appears("so với trước khi chuyển hóa. — Quản lý hiệu quả", text))
                .isFalse();
        assertThat(appears("phải đảm bảo đạt đủ tiêu chí chung ... với loại địa bàn Loại 4 theo Mục 3", text))
                .as("the footnote mark and emphasis of the conversion are not the plan's words")
                .isTrue();
    }

    /** Each quote of a manifest, named by where it stands. */
    private static List<Map.Entry<String, Quote>> quotes(PlanManifest manifest) {
        List<Map.Entry<String, Quote>> quotes = new ArrayList<>();
        for (CriterionDefinition criterion : manifest.criteria()) {
            add(quotes, "criterion " + criterion.id(), criterion.source());
            if (criterion.leadUnit() != null) {
                quotes.add(Map.entry(
                        "lead unit of criterion " + criterion.id(),
                        new Quote(null, criterion.leadUnit().vi())));
            }
        }
        for (ReviewTargetDefinition target : manifest.reviewTargets()) {
            add(quotes, "review target " + target.id(), target.source());
        }
        for (ReadingDefinition reading : manifest.readings()) {
            reading.words().forEach(q -> quotes.add(Map.entry("reading " + reading.id(), q)));
        }
        if (manifest.finalEvaluation() != null) {
            add(quotes, "final evaluation", manifest.finalEvaluation().source());
        }
        return quotes;
    }

    private static void add(List<Map.Entry<String, Quote>> quotes, String where, Source source) {
        source.quotes().forEach(q -> quotes.add(Map.entry(where, q)));
    }

    /** Whether the quote's pieces (split at "...") appear in the text, in order. */
    private static boolean appears(String quote, String text) {
        int from = 0;
        for (String piece : quote.split("\\.\\.\\.")) {
            String words = piece.strip();
            if (words.isEmpty()) {
                continue;
            }
            int at = text.indexOf(words, from);
            if (at < 0) {
                return false;
            }
            from = at + words.length();
        }
        return true;
    }

    /** The plan's words: its text without the footnote numbers, HTML tags and emphasis stars of the conversion. */
    private static String words(String text) {
        return text.replaceAll("<sup>[^<]*</sup>", "").replaceAll("<[^>]+>", "").replace("*", "");
    }

    private static String planText(String id) throws IOException {
        try (InputStream in = PlanWordsTest.class.getResourceAsStream("/plan-texts/" + id + ".txt")) {
            assertThat(in)
                    .as("the text of plan " + id + " in src/test/resources/plan-texts")
                    .isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
