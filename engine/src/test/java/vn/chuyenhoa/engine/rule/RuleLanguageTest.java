package vn.chuyenhoa.engine.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.testing.TestPlan;

/**
 * A rule set is a constrained language: a rule matches the area and inserts a criterion result built from the checks.
 * Each DRL below tries one way out of it (the list: exec, files, network, reflection, System.exit, static
 * initialisers, eval, function and query blocks, globals) and is refused at its line, before Drools compiles it.
 */
class RuleLanguageTest {
    /** Lines 1–3; a rule's condition is line 7, its action starts on line 9. */
    private static final String HEADER = """
            package test.review;
            import vn.chuyenhoa.engine.rule.AreaFacts;
            import static vn.chuyenhoa.engine.rule.Checks.*;
            """;

    private static final String CALLS_ONLY = "which is not in the rule language: a rule calls only the checks (atLeast,"
            + " atMost, choice, criterion, fewerThanOrNone, isFalse, isTrue, moreThan, none, rateBelow, reading, reducedBy,"
            + " restAtLeast, settledShareAtLeast, shareAbove, shareAtLeast, shareBelow, shown) and the area's"
            + " count, flag, getProvince, getTypes, getYear";
    private static final String ONLY_INSERTS =
            "is not allowed: an action only inserts a criterion result, insert(criterion(check(…), …));";

    private static String rule(String when, String then) {
        return HEADER + """
                rule "propaganda"
                    @criterion("propaganda")
                when
                    %s
                then
                    %s
                end
                """.formatted(when, then);
    }

    /** Each violation of {@code drl} as {@code line: what}, in English. */
    private static List<String> refused(String drl) {
        return said(drl, Language.EN);
    }

    private static List<String> said(String drl, Language language) {
        return RuleLanguage.violations(drl).stream()
                .map(v -> v.line() + ": " + v.what().in(language, Spelling.QUERY))
                .toList();
    }

    private static final String INSERT =
            "insert(criterion(shareAtLeast($area, \"households_reached\", \"households\", \"100\")));";

    private static final String CODE_IN_AN_ACTION = rule("$area : AreaFacts()", """
            Runtime.getRuntime().exec("touch /tmp/pwned");
                java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/pwned"), "x");
                new java.net.Socket("example.org", 80);
                Class.forName("java.lang.Runtime").getMethod("exit", int.class).invoke(null, 0);
                System.exit(0);
                insert(criterion(isTrue($area, System.getenv("HOME"))));
            """ + INSERT);

    private static final String STATIC_INITIALISERS = HEADER + """
            declare Evil
                home : String = System.getProperty("user.home")
            end
            rule "propaganda"
                @criterion("propaganda")
            when
                $area : AreaFacts()
            then
                insert(criterion(new Object() { static { System.exit(1); } } == null ? null : null));
            end
            """;

    private static final String EVAL = rule(
            "$area : AreaFacts( eval(true), year == Runtime.getRuntime().availableProcessors() )\n"
                    + "    eval( java.nio.file.Files.exists(java.nio.file.Path.of(\"/\")) )",
            INSERT);

    private static final String DECLARATIONS = HEADER + """
            import java.io.File;
            import function java.lang.System.exit;
            global java.util.List out;
            function void evil() { System.exit(0); }
            query leak() AreaFacts() end
            rule "propaganda"
                @criterion("propaganda")
            when
                $area : AreaFacts()
            then
                evil();
                out.add($area);
                %s
            end
            """.formatted(INSERT);

    private static final String OTHER_DRL = HEADER + """
            rule "propaganda"
                @criterion("propaganda")
                salience ($area.count("households"))
                dialect "mvel"
            when
                $area : AreaFacts() from entry-point "areas"
                not CriterionResult()
                $other : Finding()
            then
                retract($area);
                update($area);
                insertLogical(criterion(isTrue($area, "x")));
                %s
            end
            """.formatted(INSERT);

    /** The package's own attributes, accumulate functions, enums, extends, names bound nowhere, do[…]. */
    private static final String PACKAGE_LEVEL = HEADER + """
            no-loop true
            import accumulate java.lang.Object sum2;
            declare enum Colour RED; end
            rule "propaganda" extends "other"
                @criterion("propaganda")
            when
                $area : AreaFacts( year == unknown, $year : year )
                exists AreaFacts()
                do[more]
            then
                %s
            then[more]
                %s
            end
            """.formatted(INSERT, INSERT);

    private static final String UNICODE_ESCAPE =
            rule("$area : AreaFacts()", "insert(criterion(isTrue($area, \"\\u0022); System.exit(0); //\")));");

    /** The condition is cut short: the DRL parser stops at line 7. */
    private static final String UNREADABLE = rule("$area : AreaFacts( year == )", INSERT);

    @Test
    @DisplayName("What the released rule sets write is the language: the criterion with or without its id, checks"
            + " qualified or not, constraints on the area's properties and readers; such a plan compiles and decides")
    void theLanguage() {
        String drl = rule(
                        "$area : AreaFacts( year >= 2019, count(\"households\") != null, $year : year )",
                        "insert(criterion(\"propaganda\", Checks.shareAtLeast($area, \"households_reached\", \"households\","
                                + " \"100\"), vn.chuyenhoa.engine.rule.Checks.atLeast($area, \"households\","
                                + " $area.count(\"households\") == null ? 1 : -(2 - 1))));")
                .replace("import static", "import vn.chuyenhoa.engine.rule.Checks;\nimport static");
        assertThat(refused(drl)).isEmpty();
        Plan plan = Plan.compile(
                "test-plan",
                TestPlan.MANIFEST.getBytes(StandardCharsets.UTF_8),
                drl.getBytes(StandardCharsets.UTF_8),
                TestPlan.PLAN.catalog());
        assertThat(plan
                        .evaluateAll(TestPlan.areas("PF").stream()
                                .map(a -> a.facts())
                                .toList())
                        .stream()
                        .map(v -> v.outcome())
                        .toList())
                .containsExactly(Outcome.PASS, Outcome.FAIL);
    }

    @Test
    @DisplayName("Every public static method of Checks is a word of the language, so a check added there is allowed"
            + " with no change here; a method of another class with the same shape is not")
    void vocabularyIsReadFromChecks() {
        List<String> checks = Arrays.stream(Checks.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .distinct()
                .sorted()
                .toList();
        assertThat(checks).contains("criterion", "isTrue", "shareAtLeast");
        String calls = checks.stream().map(c -> c + "($area)").collect(Collectors.joining(", "));
        assertThat(refused(rule("$area : AreaFacts()", "insert(criterion(" + calls + "));")))
                .isEmpty();
        assertThat(refused(rule("$area : AreaFacts()", "insert(criterion(Math.max($area)));")))
                .containsExactly("9: rule \"propaganda\": it calls Math.max($area), " + CALLS_ONLY);
    }

    @Test
    @DisplayName("Running a program, writing a file, opening a socket, reflection and System.exit in an action are"
            + " refused, each at its line")
    void codeInAnAction() {
        assertThat(refused(CODE_IN_AN_ACTION))
                .containsExactly(
                        "9: rule \"propaganda\": Runtime.getRuntime().exec(\"touch /tmp/pwned\"); " + ONLY_INSERTS,
                        "10: rule \"propaganda\": java.nio.file.Files.writeString(java.nio.file.Path.of(\"/tmp/pwned\"),"
                                + " \"x\"); " + ONLY_INSERTS,
                        "11: rule \"propaganda\": new java.net.Socket(\"example.org\", 80); " + ONLY_INSERTS,
                        "12: rule \"propaganda\": Class.forName(\"java.lang.Runtime\").getMethod(\"exit\", int.class)"
                                + ".invoke(null, 0); " + ONLY_INSERTS,
                        "13: rule \"propaganda\": System.exit(0); " + ONLY_INSERTS,
                        "14: rule \"propaganda\": it calls System.getenv(\"HOME\"), " + CALLS_ONLY);
    }

    @Test
    @DisplayName("A static initialiser, in an anonymous class or a declared type's field, is refused")
    void staticInitialisers() {
        assertThat(refused(STATIC_INITIALISERS))
                .containsExactly(
                        "4: declare Evil is not allowed: a rule set declares no types",
                        "12: rule \"propaganda\": new Object() { static { System.exit(1); } } "
                                + CALLS_ONLY.replace("which is not", "is not"));
    }

    @Test
    @DisplayName("eval, as a condition or inside the area's pattern, and constraints that call out are refused")
    void evalAndConstraints() {
        assertThat(refused(EVAL))
                .containsExactly(
                        "7: rule \"propaganda\": it calls eval(true), " + CALLS_ONLY,
                        "7: rule \"propaganda\": it calls Runtime.getRuntime().availableProcessors(), " + CALLS_ONLY,
                        "8: rule \"propaganda\": eval(java.nio.file.Files.exists(java.nio.file.Path.of(\"/\")))"
                                + " is not allowed in a condition: a rule matches only the area, $area : AreaFacts(…)");
    }

    @Test
    @DisplayName("function and query blocks, globals, and imports beyond the area and the checks are refused, and so"
            + " is calling or using them")
    void declarations() {
        assertThat(refused(DECLARATIONS))
                .containsExactly(
                        "4: import java.io.File is not allowed: a rule set imports only vn.chuyenhoa.engine.rule.AreaFacts"
                                + " and the checks (import static vn.chuyenhoa.engine.rule.Checks.*)",
                        "5: import static java.lang.System.exit is not allowed: a rule set imports only"
                                + " vn.chuyenhoa.engine.rule.AreaFacts and the checks (import static"
                                + " vn.chuyenhoa.engine.rule.Checks.*)",
                        "6: global out is not allowed: a rule reads only the area",
                        "7: function evil is not allowed: a rule calls only the checks",
                        "8: query \"leak\" is not allowed: a rule set holds rules only",
                        "14: rule \"propaganda\": evil(); " + ONLY_INSERTS,
                        "15: rule \"propaganda\": out.add($area); " + ONLY_INSERTS);
    }

    @Test
    @DisplayName("Rule attributes, other facts, not, from, and changing facts (retract, modify, update) are refused")
    void otherDrl() {
        assertThat(refused(OTHER_DRL))
                .containsExactly(
                        "6: rule \"propaganda\": the attribute salience is not allowed: every rule fires once per"
                                + " area, in any order",
                        "7: rule \"propaganda\": the attribute dialect is not allowed: every rule fires once per area,"
                                + " in any order",
                        "9: rule \"propaganda\": AreaFacts(…) from areas is not allowed: the area comes from the engine",
                        "10: rule \"propaganda\": not is not allowed in a condition: a rule matches only the area,"
                                + " $area : AreaFacts(…)",
                        "11: rule \"propaganda\": it matches Finding: a rule matches only the area, AreaFacts(…)",
                        "13: rule \"propaganda\": retract($area); " + ONLY_INSERTS,
                        "14: rule \"propaganda\": update($area); " + ONLY_INSERTS,
                        "15: rule \"propaganda\": insertLogical(criterion(isTrue($area, \"x\"))); " + ONLY_INSERTS);
    }

    @Test
    @DisplayName("A Unicode escape is refused wherever it is: the Java compiler would decode it into code")
    void unicodeEscapes() {
        assertThat(refused(UNICODE_ESCAPE))
                .containsExactly("9: a Unicode escape (\\u…) is not allowed: the Java compiler decodes it before it"
                        + " reads the code, so it can hide code in a string; write the character itself");
    }

    @Test
    @DisplayName("The package's attributes, accumulate functions, enums, extends, a name bound nowhere, exists and"
            + " do[…] with its named action are refused; so is a DRL the parser cannot read, with its words")
    void packageLevelAndUnreadable() {
        assertThat(refused(PACKAGE_LEVEL))
                .containsExactly(
                        "4: the attribute no-loop is not allowed",
                        "4: rule \"propaganda\": the attribute no-loop is not allowed: every rule fires once per area,"
                                + " in any order",
                        "5: import accumulate java.lang.Object is not allowed",
                        "6: declare … is not allowed: a rule set declares nothing",
                        "7: rule \"propaganda\": extends is not allowed: write each rule whole",
                        "7: rule \"propaganda\": named consequences (then[…]) are not allowed",
                        "10: rule \"propaganda\": unknown is not in the rule language: a rule names only what it binds"
                                + " ($area)",
                        "11: rule \"propaganda\": exists is not allowed in a condition: a rule matches only the area,"
                                + " $area : AreaFacts(…)",
                        "12: rule \"propaganda\": do[…] or break[…] is not allowed in a condition: a rule matches only"
                                + " the area, $area : AreaFacts(…)");
        assertThat(refused(UNREADABLE)).singleElement().asString().startsWith("7: the DRL cannot be read: ");
    }

    @Test
    @DisplayName("Each violation is said in Vietnamese with full diacritics, the code it quotes as written: an import,"
            + " a global, a call outside the checks (naming them), an action that is not insert(criterion(…)), a"
            + " Unicode escape, and a DRL the parser cannot read (its words quoted as the parser wrote them)")
    void vietnamese() {
        assertThat(said(DECLARATIONS, Language.VI))
                .containsExactly(
                        "4: import java.io.File không được phép: bộ quy tắc chỉ import"
                                + " vn.chuyenhoa.engine.rule.AreaFacts và các hàm kiểm tra (import static"
                                + " vn.chuyenhoa.engine.rule.Checks.*)",
                        "5: import static java.lang.System.exit không được phép: bộ quy tắc chỉ import"
                                + " vn.chuyenhoa.engine.rule.AreaFacts và các hàm kiểm tra (import static"
                                + " vn.chuyenhoa.engine.rule.Checks.*)",
                        "6: global out không được phép: quy tắc chỉ đọc địa bàn ($area)",
                        "7: function evil không được phép: quy tắc chỉ gọi các hàm kiểm tra",
                        "8: query \"leak\" không được phép: bộ quy tắc chỉ gồm các quy tắc (rule)",
                        "14: quy tắc \"propaganda\": evil(); không được phép: phần hành động chỉ thêm kết quả của một"
                                + " tiêu chí, dạng insert(criterion(check(…), …));",
                        "15: quy tắc \"propaganda\": out.add($area); không được phép: phần hành động chỉ thêm kết quả"
                                + " của một tiêu chí, dạng insert(criterion(check(…), …));");
        assertThat(said(rule("$area : AreaFacts()", "insert(criterion(Math.max($area)));"), Language.VI))
                .containsExactly("9: quy tắc \"propaganda\": lời gọi Math.max($area) không thuộc ngôn ngữ quy tắc: quy"
                        + " tắc chỉ gọi các hàm kiểm tra (atLeast, atMost, choice, criterion, fewerThanOrNone, isFalse,"
                        + " isTrue, moreThan, none, rateBelow, reading, reducedBy, restAtLeast, settledShareAtLeast,"
                        + " shareAbove, shareAtLeast, shareBelow, shown) và các hàm của địa bàn (count,"
                        + " flag, getProvince, getTypes, getYear)");
        assertThat(said(EVAL, Language.VI))
                .last()
                .isEqualTo("8: quy tắc \"propaganda\": eval(java.nio.file.Files.exists(java.nio.file.Path.of(\"/\")))"
                        + " không được phép trong điều kiện: quy tắc chỉ khớp với địa bàn, $area : AreaFacts(…)");
        assertThat(said(UNICODE_ESCAPE, Language.VI))
                .containsExactly("9: không được dùng chuỗi thoát Unicode (\\u…): trình biên dịch Java giải mã nó trước"
                        + " khi đọc mã nguồn, nên nó có thể giấu mã lệnh trong một chuỗi ký tự; hãy viết thẳng ký tự"
                        + " cần dùng");
        String parser = refused(UNREADABLE).get(0).substring("7: the DRL cannot be read: ".length());
        assertThat(parser).contains("Line 7");
        assertThat(said(UNREADABLE, Language.VI))
                .containsExactly("7: không đọc được DRL; trình phân tích của Drools báo: " + parser);
    }

    @Test
    @DisplayName("No Vietnamese violation is English by accident: for every DRL of these tests, each violation's"
            + " Vietnamese differs from its English, says it in Vietnamese and holds none of the English sentences")
    void noEnglishInVietnamese() {
        List<RuleLanguage.Violation> violations = Stream.of(
                        CODE_IN_AN_ACTION,
                        STATIC_INITIALISERS,
                        EVAL,
                        DECLARATIONS,
                        OTHER_DRL,
                        PACKAGE_LEVEL,
                        UNICODE_ESCAPE,
                        UNREADABLE)
                .flatMap(drl -> RuleLanguage.violations(drl).stream())
                .toList();
        assertThat(violations).hasSize(37);
        for (RuleLanguage.Violation violation : violations) {
            String vi = violation.what().in(Language.VI, Spelling.QUERY);
            assertThat(vi)
                    .isNotEqualTo(violation.what().in(Language.EN, Spelling.QUERY))
                    .containsAnyOf("không được", "không thuộc ngôn ngữ quy tắc", "không đọc được DRL")
                    .doesNotStartWith("rule \"")
                    .doesNotContain(
                            " is not allowed",
                            " are not allowed",
                            "not in the rule language",
                            "a rule ",
                            "rule set",
                            "the area",
                            "the checks",
                            "cannot be read",
                            " it calls",
                            "write ");
        }
    }

    @Test
    @DisplayName("A DRL outside the language is never compiled: the file its action would write is not written")
    void neverCompiled(@TempDir Path folder) {
        Path written = folder.resolve("pwned");
        String drl = rule(
                "$area : AreaFacts()",
                "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + written + "\"), \"x\");\n" + INSERT);
        Plan plan = Plan.compile(
                "hostile-plan",
                TestPlan.MANIFEST.getBytes(StandardCharsets.UTF_8),
                drl.getBytes(StandardCharsets.UTF_8),
                TestPlan.PLAN.catalog());
        assertThatThrownBy(() -> plan.evaluate(TestPlan.areas("P").get(0).facts()))
                .isInstanceOf(PlanLoadException.class)
                .hasMessageStartingWith("TEST-REVIEW@1.0.0: the DRL is not in the rule language: line 9: rule"
                        + " \"propaganda\": java.nio.file.Files.writeString(java.nio.file.Path.of(\"")
                .hasMessageEndingWith(ONLY_INSERTS);
        assertThat(written).doesNotExist();
    }

    @Test
    @DisplayName("The rules build refuses a DRL outside the language, naming the file and line, before Drools"
            + " compiles it; a folder of rule sets in the language passes")
    void rulesBuildStep(@TempDir Path classes) throws IOException {
        Path plan = classes.resolve("chuyenhoa/plans/TEST/1.0.0");
        Files.createDirectories(plan);
        Files.writeString(plan.resolve("rules.drl"), rule("$area : AreaFacts()", INSERT));
        RuleLanguage.main(new String[] {classes.toString()});
        Files.writeString(plan.resolve("rules.drl"), rule("$area : AreaFacts()", "System.exit(0);"));
        assertThatThrownBy(() -> RuleLanguage.main(new String[] {classes.toString()}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule sets outside the rule language (docs/adding-a-plan.md):\n"
                        + "chuyenhoa/plans/TEST/1.0.0/rules.drl:9: rule \"propaganda\": System.exit(0); "
                        + ONLY_INSERTS);
    }
}
