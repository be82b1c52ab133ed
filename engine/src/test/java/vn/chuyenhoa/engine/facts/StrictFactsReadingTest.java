package vn.chuyenhoa.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Suggestions;
import vn.chuyenhoa.engine.testing.TestCatalog;

class StrictFactsReadingTest {
    private static final FactsReader READER = new FactsReader(TestCatalog.CATALOG);

    private static FactsFile read(String json) {
        return READER.read("area.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String json) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(json));
        assertThat(e).as("an input error for " + json).isNotNull();
        return e.errors().stream().map(error -> error.message(Language.EN)).toList();
    }

    private static String file(String facts) {
        return "{\"area\": {\"name\": \"Phường 5\", \"province\": \"Trà Vinh\", \"types\": [\"LOAI_4\"]},"
                + " \"year\": 2023, \"facts\": {" + facts + "}}";
    }

    @Test
    @DisplayName("Counts are longs and flags booleans; an absent or null fact is simply not there, never 0 or false")
    void absentAndNullAreMissing() {
        FactsFile facts =
                read(file("\"households\": 1850, \"households_reached\": null, \"general_criteria_met\": false"));
        assertThat(facts.facts())
                .containsExactly(
                        java.util.Map.entry("households", 1850L), java.util.Map.entry("general_criteria_met", false));
        assertThat(facts.area().name()).isEqualTo("Phường 5");
        assertThat(facts.year()).isEqualTo(2023);
        assertThat(facts.sha256()).hasSize(64);
    }

    @Test
    @DisplayName("A misspelt fact is an error at its JSON path with the closest known name")
    void unknownFactWithSuggestion() {
        assertThat(errors(file("\"househods\": 12")))
                .containsExactly(
                        "area.json: $.facts.househods: unknown fact \"househods\" — did you mean \"households\"?");
    }

    @Test
    @DisplayName("A file of 4 800 unknown facts reports every one, and searches a suggestion for the first 20 only"
            + " (Suggestions.PER_FILE): the work of a file is bounded")
    void suggestionsPerFileAreBounded() {
        StringBuilder facts = new StringBuilder("\"househods\": 1");
        for (int i = 0; i < 4800; i++) {
            facts.append(", \"househod").append(i).append("\": 1");
        }
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(file(facts.toString())));
        assertThat(e.errors()).hasSize(4801);
        assertThat(e.errors().stream().filter(error -> error.suggestion() != null))
                .hasSize(Suggestions.PER_FILE)
                .allMatch(error -> error.suggestion().equals("households"));
        assertThat(e.errors().get(0).message(Language.EN))
                .isEqualTo("area.json: $.facts.househods: unknown fact \"househods\" — did you mean \"households\"?");
        assertThat(e.errors().get(4800).message(Language.EN))
                .isEqualTo("area.json: $.facts.househod4799: unknown fact \"househod4799\"");
    }

    @Test
    @DisplayName("A misspelt top-level key is an error with a suggestion too")
    void unknownTopLevelKey() {
        assertThat(errors("{\"area\": {\"name\": \"X\"}, \"year\": 2023, \"facts\": {}, \"evidense\": {}}"))
                .containsExactly("area.json: $.evidense: unknown key \"evidense\" — did you mean \"evidence\"?");
    }

    @Test
    @DisplayName("Fractions, strings, negatives and wrong types for a count or flag are errors saying what was found")
    void wrongTypes() {
        assertThat(errors(file("\"households\": 12.5, \"drug_cases\": \"4\", \"drug_cases_previous_year\": -1,"
                        + " \"general_criteria_met\": 1")))
                .containsExactly(
                        "area.json: $.facts.households: expected a whole number ≥ 0 (null when the figure is not known), found a fraction 12.5",
                        "area.json: $.facts.drug_cases: expected a whole number ≥ 0 (null when the figure is not known), found \"4\""
                                + " — write numbers without quotes",
                        "area.json: $.facts.drug_cases_previous_year: expected a whole number ≥ 0, found the negative -1",
                        "area.json: $.facts.general_criteria_met: expected true or false, without quotes (null when not yet assessed),"
                                + " found 1");
    }

    @Test
    @DisplayName("A part larger than its whole is an error naming both figures")
    void partLargerThanWhole() {
        assertThat(errors(file("\"households\": 1850, \"households_reached\": 1900")))
                .containsExactly(
                        "area.json: $.facts.households_reached: is part of households (1850) so cannot be larger, found 1900");
    }

    @Test
    @DisplayName("A duplicate key and trailing garbage are errors with their place in the file")
    void duplicatesAndTrailingGarbage() {
        assertThat(errors(file("\"households\": 1, \"households\": 2")).get(0))
                .startsWith("area.json: $.facts.households: duplicate key (line 1, column ");
        assertThat(errors(file("") + " {}").get(0))
                .startsWith("area.json: $: content after the end of the document (line 1");
    }

    @Test
    @DisplayName("A missing area name, year or facts section is reported, all at once")
    void requiredParts() {
        assertThat(errors("{\"area\": {\"province\": \"Trà Vinh\"}}"))
                .containsExactly(
                        "area.json: $.area.name: the area's name is missing",
                        "area.json: $.year: the evaluation year is missing (expected \"year\": the year of the figures)",
                        "area.json: $.facts: the facts are missing (expected \"facts\": { … }, which may be empty)");
    }

    @Test
    @DisplayName("An unknown area type is an error that lists the known ones")
    void unknownAreaType() {
        assertThat(errors("{\"area\": {\"name\": \"X\", \"types\": [\"LOAI4\"]}, \"year\": 2023, \"facts\": {}}"))
                .containsExactly("area.json: $.area.types[0]: unknown area type \"LOAI4\" (known: TTATXH, LOAI_1,"
                        + " LOAI_2, LOAI_3, LOAI_4) — did you mean \"LOAI_4\"?");
    }

    @Test
    @DisplayName("Bytes that are not UTF-8 and an empty file are clear errors")
    void notUtf8() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class,
                () -> READER.read("bad.json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
        assertThat(e.errors().get(0).message(Language.EN)).startsWith("bad.json: $: ");
        assertThat(errors("")).containsExactly("area.json: $: the file is empty; expected plan, area, year, facts");
    }

    @Test
    @DisplayName("Messages read in Vietnamese by default")
    void vietnamese() {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> read(file("\"househods\": 12")));
        assertThat(e.errors().get(0).message(Language.VI))
                .isEqualTo(
                        "area.json: $.facts.househods: số liệu không có trong danh mục: \"househods\" — có phải ý bạn là \"households\"?");
    }

    @Test
    @DisplayName("An error message is one line even when it echoes input holding line breaks or control characters")
    void messagesAreOneLine() {
        InputError error = new InputError(
                "a.json",
                "$.area.district",
                null,
                ErrorCode.INVALID_VALUE,
                Phrase.of("huyện \"dòng\nmới\"", "district \"line\nbreak\u0007\""),
                null);
        assertThat(error.message(Language.EN)).isEqualTo("a.json: $.area.district: district \"line\\nbreak\\u0007\"");
        assertThat(error.message(Language.VI)).isEqualTo("a.json: $.area.district: huyện \"dòng\\nmới\"");
    }
}
