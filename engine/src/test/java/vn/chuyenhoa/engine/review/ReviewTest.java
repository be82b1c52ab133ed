package vn.chuyenhoa.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.testing.TestPlan;

/** The review of many areas: nothing lost, each input in its place, counted by district. */
class ReviewTest {
    private static final String HEADER = TestPlan.HEADER;

    private static String describe(AreaResult result) {
        return (result.input().row() == null ? "" : result.input().row().number() + " ")
                + result.outcome()
                        .map(Enum::name)
                        .orElseGet(() -> "INVALID "
                                + result.errors().stream()
                                        .map(e -> e.message(Language.VI))
                                        .toList());
    }

    @Test
    @DisplayName(
            "An area whose facts are for another year is invalid, placed at its row's year cell, and the others are evaluated")
    void areaOutsideTheWindowIsInvalid() {
        List<AreaInput> inputs = TestPlan.csv(HEADER + "\n" + TestPlan.row("A1", 'P') + "\n"
                + "A2;Huyện Nhơn Trạch;Đồng Nai;TTATXH;2020;100;100\n" + TestPlan.row("A3", 'F') + "\n");
        ReviewResult review = TestPlan.review(inputs, ProvinceFigures.NONE);
        assertThat(review.window()).isEqualTo(ReviewWindow.ofYear(2019));
        assertThat(review.areas())
                .extracting(ReviewTest::describe)
                .containsExactly(
                        "2 PASS",
                        "3 INVALID [so-ket.csv: $[3].year: số liệu năm 2020 không thuộc kỳ thống kê của lần sơ kết năm 2019 "
                                + "(16/11/2018 – 15/11/2019); sơ kết năm 2020 riêng, hoặc sửa năm (ô E3)]",
                        "4 FAIL");
        assertThat(review.areas().get(1).plan()).isSameAs(TestPlan.PLAN);
    }

    @Test
    @DisplayName("Without --year or --window the review is of the year most areas give, the later one on a tie")
    void defaultWindowFromTheAreas() {
        String rows = HEADER + "\nA1;;Đồng Nai;TTATXH;2020;1;1\nA2;;Đồng Nai;TTATXH;2019;1;1\n";
        assertThat(TestPlan.review(TestPlan.csv(rows), ProvinceFigures.NONE).window())
                .isEqualTo(ReviewWindow.ofYear(2020));
        String more2019 = rows + "A3;;Đồng Nai;TTATXH;2019;1;1\n";
        assertThat(TestPlan.review(TestPlan.csv(more2019), ProvinceFigures.NONE).window())
                .isEqualTo(ReviewWindow.ofYear(2019));
    }

    @Test
    @DisplayName(
            "The same commune twice (spelled with another case) is counted once: the repeat is invalid and names the first")
    void repeatedAreaIsInvalid() {
        List<AreaInput> inputs = TestPlan.csv(HEADER + "\n" + TestPlan.row("Xã Long Tân", 'P') + "\n"
                + "xã long tân;huyện Nhơn Trạch;Đồng Nai;TTATXH;2019;100;99\n");
        ReviewResult review = TestPlan.review(inputs, ProvinceFigures.NONE);
        assertThat(review.areas())
                .extracting(ReviewTest::describe)
                .containsExactly(
                        "2 PASS",
                        "3 INVALID [so-ket.csv: $[3].name: địa bàn \"xã long tân\" năm 2019 đã có trong so-ket.csv, dòng 2; "
                                + "mỗi địa bàn chỉ tính một lần (ô A3)]");
        assertThat(review.areas().get(1).duplicate()).isTrue();
        assertThat(review.summary().totals()).isEqualTo(new Counts(1, 0, 0, 1));
    }

    @Test
    @DisplayName(
            "An area no plan fits is invalid with the chooser's error at its row, and its district still counts it")
    void areaWithoutPlanIsInvalid() {
        List<AreaInput> inputs = TestPlan.csv(
                HEADER + "\nA1;Huyện Cần Giờ;Hồ Chí Minh;TTATXH;2019;1;1\n" + TestPlan.row("A2", 'P') + "\n");
        ReviewResult review = TestPlan.review(inputs, ProvinceFigures.NONE);
        AreaResult invalid = review.areas().get(0);
        assertThat(invalid.plan()).isNull();
        assertThat(invalid.errors()).extracting(InputError::path).containsExactly("$[2].province");
        assertThat(invalid.errors().get(0).message(Language.EN))
                .startsWith("so-ket.csv: $[2].province: no plan for province \"Hồ Chí Minh\"")
                .endsWith("(cell C2)");
        assertThat(review.summary().districts())
                .extracting(d -> d.district() + " " + d.counts())
                .containsExactly(
                        "Huyện Cần Giờ Counts[pass=0, fail=0, indeterminate=0, invalid=1]",
                        "Huyện Nhơn Trạch Counts[pass=1, fail=0, indeterminate=0, invalid=0]");
        assertThat(review.summary().province()).isNull();
    }

    @Test
    @DisplayName(
            "Districts spelled alike once case, diacritics and \"huyện\" are set aside are one row, sorted; no district last")
    void districtsGroupedAndSorted() {
        List<AreaInput> inputs = TestPlan.csv(HEADER + "\n"
                + "A1;Huyện Trảng Bom;Đồng Nai;TTATXH;2019;1;1\n"
                + "A2;Thành phố Biên Hòa;Đồng Nai;TTATXH;2019;1;0\n"
                + "A3;huyện Trảng Bom;Đồng Nai;TTATXH;2019;1;\n"
                + "A4;;Đồng Nai;TTATXH;2019;1;1\n");
        ReviewSummary summary = TestPlan.review(inputs, ProvinceFigures.NONE).summary();
        assertThat(summary.districts())
                .extracting(d -> d.district() + " " + d.counts())
                .containsExactly(
                        "Thành phố Biên Hòa Counts[pass=0, fail=1, indeterminate=0, invalid=0]",
                        "Huyện Trảng Bom Counts[pass=1, fail=0, indeterminate=1, invalid=0]",
                        "null Counts[pass=1, fail=0, indeterminate=0, invalid=0]");
        assertThat(summary.province()).isEqualTo("Đồng Nai");
        assertThat(summary.totals()).isEqualTo(new Counts(2, 1, 1, 0));
    }

    @Test
    @DisplayName("The criteria most failed count the areas that failed them and those that lacked the data")
    void mostFailedCounts() {
        ReviewSummary summary =
                TestPlan.review(TestPlan.areas("PFFUP"), ProvinceFigures.NONE).summary();
        assertThat(summary.mostFailed())
                .extracting(c -> c.criterion().id() + " " + c.failed() + "/" + c.missing())
                .containsExactly("propaganda 2/1");
    }

    @Test
    @DisplayName("Areas evaluated in several batches keep the order they were given in")
    void manyAreasKeepTheirOrder() {
        StringBuilder outcomes = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            outcomes.append("PFU".charAt(i % 3));
        }
        ReviewResult review = TestPlan.review(TestPlan.areas(outcomes.toString()), ProvinceFigures.NONE);
        assertThat(review.areas()).hasSize(2500);
        for (int i = 0; i < 2500; i++) {
            AreaResult result = review.areas().get(i);
            assertThat(result.verdict().input().area().name()).isEqualTo("A" + (i + 1));
            assertThat(result.outcome().orElseThrow().name())
                    .isEqualTo(List.of("PASS", "FAIL", "INDETERMINATE").get(i % 3));
        }
    }

    @Test
    @DisplayName("--plan naming an unknown plan stops the review with the plans there are")
    void unknownPlan() {
        assertThatThrownBy(() -> new Review(TestPlan.PLANS)
                        .run(
                                TestPlan.areas("P"),
                                new ReviewOptions("7488-KH-UBND-2071", null, null, null),
                                Progress.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("plan: no plan \"7488-KH-UBND-2071\" (known: TEST-REVIEW@1.0.0)");
    }

    @Test
    @DisplayName("A window given for another year than --year is refused")
    void windowAndYearMustAgree() {
        assertThatThrownBy(() -> new ReviewOptions(null, 2020, ReviewWindow.parse("2018-11-16..2019-11-15"), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("year: the window 16/11/2018 – 15/11/2019 is the 2019 review's, not 2020");
    }

    @Test
    @DisplayName("Progress is told of every batch evaluated")
    void progressReported() {
        StringBuilder seen = new StringBuilder();
        new Review(TestPlan.PLANS)
                .run(
                        TestPlan.areas("P".repeat(1500)),
                        ReviewOptions.DEFAULT,
                        (stage, done, total) -> seen.append(stage)
                                .append(' ')
                                .append(done)
                                .append('/')
                                .append(total)
                                .append(';'));
        assertThat(seen).hasToString("EVALUATING 1000/1500;EVALUATING 1500/1500;");
    }
}
