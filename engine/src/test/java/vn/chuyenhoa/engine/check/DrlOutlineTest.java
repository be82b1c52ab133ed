package vn.chuyenhoa.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DrlOutlineTest {
    private static final String DRL = """
            package p;
            // rule "commented out" @criterion("x") then isTrue($area, "in_a_comment") end
            import static vn.chuyenhoa.engine.rule.Checks.*;

            rule "Chỉ tiêu phụ 4: 100 % hộ"
                @criterion("sub-4")
            when
                $area : AreaFacts()
            then
                insert(criterion("sub-4",
                    shareAtLeast($area, "households_reached", "households", "100"),
                    atLeast($area, 'effective_models', 1)));
            end

            /* a block comment
               over two lines */
            rule "Reads a fact directly and decides another criterion"
                @criterion("main-1")
            when
                $area : AreaFacts( count("drug_cases") != null )
            then
                insert(criterion("main-2", none($area, "new_drug_points")));
            end

            rule "No criterion"
            when
            then
                insert(criterion("general", isTrue($area, "general_criteria_met")));
            end

            rule "Consults a reading"
                @criterion("condition-1")
            when
                $area : AreaFacts()
            then
                insert(criterion(reading($area, "crime-and-vice-reduction",
                    choice("combined-count", fewerThanOrNone($area, "crimes_and_vices", "crimes_and_vices_previous_year")),
                    choice("each-reduced", fewerThanOrNone($area, "crime_cases", "crime_cases_previous_year")))));
            end
            """;

    @Test
    @DisplayName(
            "Each rule is read with its line, its @criterion, the criteria it decides, the facts its checks read and the"
                    + " readings it consults (whose ids and choices are not facts)")
    void outline() {
        List<DrlOutline.Rule> rules = DrlOutline.parse(DRL).rules();
        assertThat(rules)
                .containsExactly(
                        new DrlOutline.Rule(
                                "Chỉ tiêu phụ 4: 100 % hộ",
                                5,
                                "sub-4",
                                Set.of("sub-4"),
                                Map.of("households_reached", 11, "households", 11, "effective_models", 12),
                                Map.of()),
                        new DrlOutline.Rule(
                                "Reads a fact directly and decides another criterion",
                                17,
                                "main-1",
                                Set.of("main-2"),
                                Map.of("drug_cases", 20, "new_drug_points", 22),
                                Map.of()),
                        new DrlOutline.Rule(
                                "No criterion",
                                25,
                                null,
                                Set.of("general"),
                                Map.of("general_criteria_met", 28),
                                Map.of()),
                        new DrlOutline.Rule(
                                "Consults a reading",
                                31,
                                "condition-1",
                                Set.of(),
                                Map.of(
                                        "crimes_and_vices", 37,
                                        "crimes_and_vices_previous_year", 37,
                                        "crime_cases", 38,
                                        "crime_cases_previous_year", 38),
                                Map.of("crime-and-vice-reduction", 36)));
    }

    @Test
    @DisplayName(
            "A percentage written as a string is a threshold, not a fact, and facts keep the order they are read in")
    void thresholdsAreNotFacts() {
        DrlOutline.Rule rule = DrlOutline.parse(DRL).rules().get(0);
        assertThat(rule.facts().keySet()).containsExactly("households_reached", "households", "effective_models");
    }
}
