package vn.chuyenhoa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.review.Progress.Stage;

/** The progress bar: drawn in place on a terminal for long runs, cleared at the end, silent otherwise. */
class ProgressBarTest {
    @Test
    @DisplayName("On a terminal, a long run redraws one line per percent and clears it when done")
    void drawnAndCleared() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), Language.VI, true);
        bar.advanced(Stage.EVALUATING, 1000, 2000);
        bar.advanced(Stage.EVALUATING, 1001, 2000);
        bar.advanced(Stage.EVALUATING, 2000, 2000);
        bar.finish();
        String line1 = "Đánh giá  [" + "#".repeat(15) + ".".repeat(15) + "] 1.000/2.000";
        String line2 = "Đánh giá  [" + "#".repeat(30) + "] 2.000/2.000";
        assertThat(out).hasToString("\r" + line1 + "\r" + line2 + "\r" + " ".repeat(line2.length()) + "\r");
    }

    @Test
    @DisplayName("Not on a terminal (piped), or a run of fewer than 500 inputs: nothing is written")
    void silent() {
        StringWriter piped = new StringWriter();
        ProgressBar off = new ProgressBar(new PrintWriter(piped), Language.VI, false);
        off.advanced(Stage.READING, 5000, 10000);
        off.finish();
        assertThat(piped).hasToString("");
        StringWriter shortRun = new StringWriter();
        ProgressBar on = new ProgressBar(new PrintWriter(shortRun), Language.EN, true);
        on.advanced(Stage.READING, 12, 499);
        on.finish();
        assertThat(shortRun).hasToString("");
    }
}
