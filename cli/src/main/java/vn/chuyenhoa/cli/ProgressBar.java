package vn.chuyenhoa.cli;

import java.io.PrintWriter;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.review.Progress;

/**
 * A progress bar on one line of the terminal, redrawn in place, for reviews of many areas. Silent when the
 * output is not a terminal (piped, redirected, or under a test) and for runs short enough not to need one. The lines
 * saying what was skipped are printed whatever the output.
 */
final class ProgressBar implements Progress {
    /** Below this many inputs a stage takes well under a second: no bar. */
    static final int SHOWN_FROM = 500;

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final Language language;
    private final boolean enabled;
    private Stage stage;
    private int shownPercent = -1;
    private int drawnLength;

    ProgressBar(PrintWriter out, Language language, boolean enabled) {
        this.out = out;
        this.language = language;
        this.enabled = enabled;
    }

    /** A bar on {@code out} when the program runs on a terminal (Java 17: stdin and stdout both are one). */
    static ProgressBar onTerminal(PrintWriter out, Language language) {
        return new ProgressBar(out, language, System.console() != null);
    }

    @Override
    public void advanced(Stage stage, int done, int total) {
        if (!enabled || total < SHOWN_FROM) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (stage == this.stage && percent == shownPercent) {
            return;
        }
        this.stage = stage;
        this.shownPercent = percent;
        int filled = (int) ((long) WIDTH * done / total);
        String label =
                stage == Stage.READING ? language.pick("Đọc tệp", "Reading") : language.pick("Đánh giá", "Evaluating");
        String line = String.format(
                "%-9s [%s%s] %s/%s",
                label, "#".repeat(filled), ".".repeat(WIDTH - filled), language.number(done), language.number(total));
        draw(line);
    }

    /** A skipped entry is a line of its own, above the bar, which the next step draws again. */
    @Override
    public void skipped(InputError notice) {
        finish();
        out.println(notice.message(language, OptionNames.INSTANCE));
    }

    /** Clears the bar, so that what follows starts on a clean line. */
    void finish() {
        if (drawnLength > 0) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
            drawnLength = 0;
        }
    }

    private void draw(String line) {
        out.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = Math.max(drawnLength, line.length());
    }
}
