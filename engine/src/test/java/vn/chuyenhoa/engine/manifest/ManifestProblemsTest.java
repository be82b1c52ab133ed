package vn.chuyenhoa.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.chuyenhoa.engine.manifest.ManifestReadingTest.MANIFEST;
import static vn.chuyenhoa.engine.manifest.ManifestReadingTest.fromYaml;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.testing.TestCatalog;

/** What the manifest check and the manifest reader tell an author, in Vietnamese and in English. */
class ManifestProblemsTest {
    private static final String READING = """
            readings:
              - id: general-scope
                question: {vi: "Tiêu chí chung tính những gì?"}
                words:
                  - {section: II.3, quote: dưới 15 %}
                chosen: all
                reason: {vi: Kế hoạch không nói rõ}
                choices:
                  - id: all
                    text: {vi: Tính mọi trường hợp}
            """;

    /** A manifest with every problem the check finds in a criterion, a reading, from_review and final_evaluation. */
    private static final String BROKEN = MANIFEST.replace("area_types: [TTATXH]", "area_types: [TTATHX]")
                    .replace("facts: [drug_cases]", "facts: []")
                    .replace("- id: recidivism", "- id: condition-1")
                    .replace("facts: [released_prisoners]", "facts: [released_prisoner]")
                    .replace(
                            "source: {document: KH 7488, section: II.3, quote: dưới 15 %}",
                            "source: {document: KH 7488}")
            + """
            readings:
              - id: general-scope
                question: {vi: "Tiêu chí chung tính những gì?"}
                words:
                  - {section: II.3}
                chosen: most
                reason: {vi: Kế hoạch không nói rõ}
                choices:
                  - id: all
                    text: {vi: Tính mọi trường hợp}
                    facts: [drug_case]
                  - id: all
              - id: general-scope
                words: []
                chosen: one
                choices:
                  - id: one
                    text: {vi: Một}
                    decision: {not_counted: [condition-1]}
                  - id: two
                    text: {vi: Hai}
            from_review: {criterion: target-2, facts: {areas: households}}
            final_evaluation: {source: {document: KH 7488, section: IV}}
            """;

    private static List<Phrase> problems(String yaml) {
        return Manifests.problems(fromYaml(yaml), TestCatalog.CATALOG);
    }

    private static List<String> in(Language language, List<Phrase> phrases) {
        return phrases.stream().map(p -> p.in(language, Spelling.QUERY)).toList();
    }

    private static PlanLoadException refusal(String yaml) {
        return catchThrowableOfType(PlanLoadException.class, () -> fromYaml(yaml));
    }

    @Test
    @DisplayName("A criterion whose source has no quote is reported in Vietnamese, naming the criterion and what a"
            + " source needs")
    void criterionWithoutItsQuote() {
        List<Phrase> problems = problems(MANIFEST.replace(
                "source: {document: KH 7488, section: II.3, quote: dưới 15 %}",
                "source: {document:" + " KH 7488, section: II.3}"));
        assertThat(in(Language.VI, problems))
                .containsExactly(
                        "tiêu chí 'recidivism': nguồn thiếu trích dẫn (nguồn cần có văn bản, mục và trích" + " dẫn)");
        assertThat(in(Language.EN, problems))
                .containsExactly("criterion 'recidivism': its source lacks a quote (a source needs a document, a"
                        + " section and a quote)");
    }

    @Test
    @DisplayName("A fact missing from the catalog is reported in Vietnamese with the catalog's place and the closest"
            + " name")
    void unknownFactWithASuggestion() {
        List<Phrase> problems = problems(MANIFEST.replace("facts: [drug_cases]", "facts: [drug_casse]"));
        assertThat(in(Language.VI, problems))
                .containsExactly("tiêu chí 'condition-1': số liệu 'drug_casse' không có trong danh mục số liệu"
                        + " (rules/src/main/resources/chuyenhoa/facts.yaml) (có phải ý bạn là 'drug_cases'?)");
        assertThat(in(Language.EN, problems))
                .containsExactly("criterion 'condition-1': fact 'drug_casse' is not in the fact catalog"
                        + " (rules/src/main/resources/chuyenhoa/facts.yaml) (did you mean 'drug_cases'?)");
    }

    @Test
    @DisplayName("A reading with a single choice is reported in Vietnamese: a reading needs at least two")
    void readingWithOneChoice() {
        List<Phrase> problems = problems(MANIFEST + READING);
        assertThat(in(Language.VI, problems))
                .containsExactly("cách hiểu 'general-scope': một cách hiểu cần ít nhất hai lựa chọn");
        assertThat(in(Language.EN, problems))
                .containsExactly("reading 'general-scope': a reading needs at least two choices");
    }

    @Test
    @DisplayName("A value of the wrong kind is refused in Vietnamese at its path, the file named, as in English")
    void wrongKindAtItsPath() {
        PlanLoadException refusal =
                refusal(MANIFEST.replace("document: Kế hoạch số 7488/KH-UBND", "document: [KH 7488]"));
        assertThat(refusal.message(Language.VI))
                .isEqualTo("manifest.yaml: manifest không hợp lệ: $.document: cần một" + " chuỗi");
        assertThat(refusal.message(Language.EN))
                .isEqualTo("manifest.yaml: not a valid manifest: $.document: expected a text")
                .isEqualTo(refusal.getMessage());
    }

    @Test
    @DisplayName("A refusal by a record is said at the path of the object it refused, in either language")
    void recordRefusalAtItsPath() {
        PlanLoadException refusal = refusal(MANIFEST.replace("title: {vi: Tái phạm}", "title: {en: Recidivism}"));
        assertThat(refusal.message(Language.VI))
                .isEqualTo("manifest.yaml: manifest không hợp lệ: $.criteria[2].title: một đoạn chữ cần có lời tiếng"
                        + " Việt (vi)");
        assertThat(refusal.message(Language.EN))
                .isEqualTo("manifest.yaml: not a valid manifest: $.criteria[2].title: a text needs its Vietnamese"
                        + " wording (vi)");
    }

    @Test
    @DisplayName("A YAML syntax error in a manifest is said on one line with its line and column: in Vietnamese, and"
            + " in the parser's own words in English")
    void yamlSyntaxError() {
        PlanLoadException refusal = refusal(MANIFEST.replace("area_types: [TTATXH]", "area_types: [TTATXH"));
        assertThat(refusal.message(Language.VI))
                .isEqualTo("manifest.yaml: không đọc được (dòng 9, cột 9): danh sách [ … ] chưa đóng hoặc thiếu dấu"
                        + " phẩy: cần ',' hoặc ']'");
        assertThat(refusal.message(Language.EN))
                .isEqualTo("manifest.yaml: cannot be read (line 9, column 9): while parsing a flow sequence: expected"
                        + " ',' or ']', but got :")
                .isEqualTo(refusal.getMessage());
    }

    @Test
    @DisplayName("A key written twice in a manifest is refused at its line, not read as its last value")
    void keyWrittenTwice() {
        PlanLoadException refusal =
                refusal(MANIFEST.replaceFirst("\n  group: target\n", "\n  group: condition\n  group: target\n"));
        assertThat(refusal.message(Language.VI))
                .matches("manifest\\.yaml: không đọc được \\(dòng \\d+, cột \\d+\\): khóa 'group' xuất hiện hai lần");
        assertThat(refusal.message(Language.EN))
                .matches("manifest\\.yaml: cannot be read \\(line \\d+, column \\d+\\): Duplicate field 'group'.*");
    }

    @Test
    @DisplayName("Every problem the check and the reader report has a Vietnamese text of its own, not the English")
    void everyProblemHasItsVietnamese() {
        List<Phrase> phrases = new ArrayList<>(problems(BROKEN));
        assertThat(in(Language.EN, phrases))
                .containsExactly(
                        "area type 'TTATHX' does not exist (known: TTATXH, LOAI_1, LOAI_2, LOAI_3, LOAI_4) (did you"
                                + " mean 'TTATXH'?)",
                        "criterion 'condition-1': names no facts",
                        "criterion 'condition-1': missing or repeated id",
                        "criterion 'condition-1': fact 'released_prisoner' is not in the fact catalog"
                                + " (rules/src/main/resources/chuyenhoa/facts.yaml) (did you mean"
                                + " 'released_prisoners'?)",
                        "criterion 'condition-1': its source lacks a section, a quote (a source needs a document, a"
                                + " section and a quote)",
                        "reading 'general-scope': each of its words needs a section and a quote",
                        "reading 'general-scope': choice 'all': fact 'drug_case' is not in the fact catalog"
                                + " (rules/src/main/resources/chuyenhoa/facts.yaml)",
                        "reading 'general-scope': choice 'all' needs an id of its own and a text",
                        "reading 'general-scope': the chosen reading 'most' is not one of its choices [all]",
                        "reading 'general-scope': missing or repeated id",
                        "reading 'general-scope': question, words and reason are required",
                        "reading 'general-scope': choice 'two' does not say how the decision rule changes (its other"
                                + " choices do)",
                        "reading 'general-scope': under the chosen reading 'one' the decision rule must be the"
                                + " manifest's decision_rule as written",
                        "from_review: criterion 'target-2' is not declared",
                        "final_evaluation needs a date and a source with a document, a section and a quote");
        phrases.add(refusal(MANIFEST.replace("document: Kế hoạch số 7488/KH-UBND", "document: [KH 7488]"))
                .phrase());
        phrases.add(refusal(MANIFEST.replace("area_types: [TTATXH]", "area_types: [TTATXH"))
                .phrase());
        phrases.add(refusal(MANIFEST.replace("title: {vi: Tái phạm}", "title: {en: Recidivism}"))
                .phrase());
        for (Phrase phrase : phrases) {
            assertThat(phrase.in(Language.VI, Spelling.QUERY))
                    .as(phrase.in(Language.EN, Spelling.QUERY))
                    .isNotEqualTo(phrase.in(Language.EN, Spelling.QUERY));
        }
    }
}
