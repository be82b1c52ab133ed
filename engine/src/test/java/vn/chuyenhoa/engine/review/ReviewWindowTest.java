package vn.chuyenhoa.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.testing.Options;

/** The statistics window of a review. */
class ReviewWindowTest {
    @Test
    @DisplayName("The default window of 2019 is Tây Ninh's: 16/11/2018 to 15/11/2019, and says it is the default")
    void defaultWindow() {
        ReviewWindow window = ReviewWindow.ofYear(2019);
        assertThat(window.from()).isEqualTo(LocalDate.of(2018, 11, 16));
        assertThat(window.to()).isEqualTo(LocalDate.of(2019, 11, 15));
        assertThat(window.year()).isEqualTo(2019);
        assertThat(window.describe(Language.VI, Options.SPELLING))
                .isEqualTo("16/11/2018 – 15/11/2019 (mặc định cho năm 2019: "
                        + "16/11 năm trước – 15/11; đổi bằng --window)");
    }

    @Test
    @DisplayName("A window is given as ISO dates or as day/month/year, and reviews the year it ends in")
    void parsed() {
        assertThat(ReviewWindow.parse("2018-11-16..2019-11-15"))
                .isEqualTo(new ReviewWindow(LocalDate.of(2018, 11, 16), LocalDate.of(2019, 11, 15), false));
        ReviewWindow calendar = ReviewWindow.parse("01/01/2019..31/12/2019");
        assertThat(calendar.year()).isEqualTo(2019);
        assertThat(calendar.describe(Language.EN, Options.SPELLING)).isEqualTo("01/01/2019 – 31/12/2019");
    }

    @Test
    @DisplayName("A window longer than a year, reversed, or not two dates is refused at --window")
    void refused() {
        assertThatThrownBy(() -> ReviewWindow.parse("2018-11-15..2019-11-15"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("window: a review's window is at most one year long, found 15/11/2018 – 15/11/2019");
        assertThatThrownBy(() -> ReviewWindow.parse("2019-11-15..2019-01-01"))
                .hasMessage("window: the window needs a start no later than its end");
        assertThatThrownBy(() -> ReviewWindow.parse("2019"))
                .hasMessageStartingWith("window: expected two dates joined by \"..\"");
        assertThatThrownBy(() -> ReviewWindow.parse("2018-13-01..2019-01-01"))
                .hasMessage(
                        "window: \"2018-13-01\" is not a date (year-month-day or day/month/year) in \"2018-13-01..2019-01-01\"");
    }

    @Test
    @DisplayName("Province figures: no negative count, at least one commune, no more relapses than areas transformed")
    void provinceFiguresChecked() {
        assertThatThrownBy(() -> new ProvinceFigures(0L, null, null))
                .hasMessage("communes: expected the province's number of communes, at least 1, found 0");
        assertThatThrownBy(() -> new ProvinceFigures(null, 3L, 4L))
                .hasMessage("relapsed: the areas complex again (4) cannot outnumber the areas transformed before "
                        + "(previously_transformed 3)");
        assertThatThrownBy(() -> new ProvinceFigures(null, -1L, null))
                .hasMessage("previously_transformed: expected a whole number ≥ 0, found -1");
    }
}
