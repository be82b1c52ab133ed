package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetLock;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.check.CheckReport;
import vn.chuyenhoa.engine.check.RuleSetCheck;

/**
 * The release gate over the rules as this module packages them: every packaged version is in plans.lock,
 * unchanged, with its CHANGELOG entry. The failing cases read the packaged rules through a class loader that
 * shows one resource changed, as a build of an edited source tree would ship it.
 */
class ReleasedRuleSetsTest {
    private static final String PLANS = "chuyenhoa/plans/";

    @Test
    @DisplayName("Every packaged rule-set version is released: in plans.lock, unchanged, with its CHANGELOG entry")
    void everyPackagedVersionIsReleasedUnchanged() {
        Map<String, List<Problem>> problems = releaseProblems(getClass().getClassLoader());
        assertThat(problems)
                .allSatisfy(
                        (reference, found) -> assertThat(found).as(reference).isEmpty());
        RuleSetLock lock = RuleSetLock.shipped(getClass().getClassLoader());
        assertThat(lock.lines().stream()
                        .map(RuleSetLock.Line::reference)
                        .sorted()
                        .toList())
                .isEqualTo(Plans.load().all().stream()
                        .map(p -> p.manifest().reference())
                        .sorted()
                        .toList());
    }

    @Test
    @DisplayName("One character changed in a released version's DRL, manifest or golden cases fails check, naming"
            + " the version and the file that differs")
    void oneCharacterChangedInAReleasedVersion() {
        for (Plan plan : Plans.load().all()) {
            String folder = PLANS + plan.id() + "/" + plan.version();
            for (String file : List.of("rules.drl", "manifest.yaml", "golden.yaml")) {
                Overlay edited = new Overlay().change(folder + "/" + file, ReleasedRuleSetsTest::oneCharacter);
                if (file.equals("manifest.yaml")) {
                    edited.hide(folder + "/manifest.json");
                }
                assertThat(english(releaseProblems(edited).get(plan.manifest().reference())))
                        .as(folder + "/" + file)
                        .containsExactly(folder + ": " + plan.manifest().reference() + " is released but differs"
                                + " from its line in plans.lock: " + file
                                + " changed. A released rule set never"
                                + " changes (verdicts pin it): undo the change and make it in a new version"
                                + " (docs/adding-a-plan.md)");
            }
        }
    }

    @Test
    @DisplayName("Changing the catalog's meaning of a fact a released version uses fails check for every version"
            + " using it; adding a new fact fails none")
    void factCatalogChanges() {
        Overlay changedMeaning = new Overlay()
                .change(
                        "chuyenhoa/facts.yaml",
                        catalog -> catalog.replace(
                                "Số hộ được phổ biến, tuyên truyền về phòng, chống tội phạm",
                                "Số hộ được tuyên truyền về phòng, chống tội phạm"))
                .hide("chuyenhoa/facts.json");
        Map<String, List<Problem>> problems = releaseProblems(changedMeaning);
        for (Plan plan : Plans.load().all()) {
            boolean uses = plan.facts().contains("households_reached");
            assertThat(problems.get(plan.manifest().reference()))
                    .as(plan.manifest().reference())
                    .hasSize(uses ? 1 : 0);
            if (uses) {
                assertThat(problems.get(plan.manifest().reference()).get(0).message(Language.EN))
                        .contains("the fact catalog's" + " definition of a fact it uses (facts.yaml) changed");
            }
        }
        assertThat(problems.values().stream().mapToInt(List::size).sum()).isPositive();

        Overlay newFact = new Overlay()
                .change("chuyenhoa/facts.yaml", catalog -> catalog + """

                        - name: test_only_new_fact
                          kind: flag
                          label: {vi: "Số liệu mới", en: "A new fact"}
                          meaning: {vi: "Số liệu mới", en: "A new fact"}
                        """)
                .hide("chuyenhoa/facts.json");
        assertThat(releaseProblems(newFact))
                .allSatisfy(
                        (reference, found) -> assertThat(found).as(reference).isEmpty());
    }

    @Test
    @DisplayName("A packaged version without its lock line, or a released one without its CHANGELOG entry, fails"
            + " check saying what to add")
    void missingLockLineOrChangelogEntry() {
        Overlay noLine = new Overlay()
                .change(
                        "chuyenhoa/plans.lock",
                        lock -> lock.lines()
                                .filter(l -> !l.startsWith("45-KH-BCD-2023@1.0.0 "))
                                .map(l -> l + "\n")
                                .reduce("", String::concat));
        assertThat(english(releaseProblems(noLine).get("45-KH-BCD-2023@1.0.0")))
                .containsExactly("chuyenhoa/plans.lock: "
                        + "45-KH-BCD-2023@1.0.0 is packaged but not released: it has no line in plans.lock; once its"
                        + " CHANGELOG.md entry is written, `chuyenhoa lock` adds the line (docs/adding-a-plan.md)");

        Overlay noEntry = new Overlay()
                .change(
                        "chuyenhoa/CHANGELOG.md",
                        changelog -> changelog.replace(
                                "### 1.0.0 — 2026-11-22\n- First encoding of section II.2",
                                "- First encoding of section II.2"));
        assertThat(english(releaseProblems(noEntry).get("7488-KH-UBND-2017@1.0.0")))
                .containsExactly("CHANGELOG.md: "
                        + "no entry for 7488-KH-UBND-2017@1.0.0: add \"### 1.0.0 — <date>\" under \"## 7488-KH-UBND-2017 — …\","
                        + " saying what changed and whose verdicts it can change (docs/adding-a-plan.md)");
    }

    @Test
    @DisplayName("A released version left out of plans.index fails check twice: verdicts that pin it must replay, and"
            + " its folder is shipped but never loaded")
    void releasedVersionNoLongerShipped() {
        Overlay withoutPlan =
                new Overlay().change("chuyenhoa/plans.index", index -> index.replace("2661-KH-UBND-2023/1.0.0\n", ""));
        RuleSets sets = RuleSets.load(withoutPlan, List.of());
        assertThat(english(new RuleSetCheck(sets).repositoryProblems(List.of())))
                .containsExactly(
                        "chuyenhoa/plans.lock: "
                                + "2661-KH-UBND-2023@1.0.0 is released but the rules do not ship it: a released"
                                + " version stays, so that verdicts that pin it can be replayed (put its folder"
                                + " back and its line in plans.index)",
                        "rules/src/main/resources/chuyenhoa/plans.index: "
                                + "plan folder 2661-KH-UBND-2023/1.0.0 has a manifest.yaml but is not listed here, so no"
                                + " command loads it: add the line \"2661-KH-UBND-2023/1.0.0\"");
        assertThat(new RuleSetCheck(sets).repositoryProblems(List.of("45-KH-BCD-2023")))
                .isEmpty();
    }

    /** Problems as {@code check --lang en} prints them. */
    private static List<String> english(List<Problem> problems) {
        return problems.stream().map(p -> p.line(Language.EN)).toList();
    }

    /** The release problems ({@code plans.lock}, {@code CHANGELOG.md}, a changed version's folder) of each version. */
    private static Map<String, List<Problem>> releaseProblems(ClassLoader loader) {
        RuleSets sets = RuleSets.load(loader, List.of());
        RuleSetCheck check = new RuleSetCheck(sets);
        Map<String, List<Problem>> problems = new HashMap<>();
        for (RuleSets.Entry entry : sets.entries()) {
            CheckReport report = check.check(entry);
            problems.put(
                    entry.reference(),
                    report.problems().stream()
                            .filter(p -> p.place().equals("chuyenhoa/plans.lock")
                                    || p.place().equals("CHANGELOG.md")
                                    || p.place().equals(entry.files().location()))
                            .toList());
        }
        return problems;
    }

    /** Changes the first letter "a" of a text to "à": one character, the kind of edit nobody sees in review. */
    private static String oneCharacter(String text) {
        int at = text.indexOf("a ");
        return text.substring(0, at) + "à" + text.substring(at + 1);
    }

    /**
     * The rules as packaged, but with some resources changed or hidden: what a build of an edited source tree
     * would ship. Classes (the precompiled rules) come from the real packaging.
     */
    private static final class Overlay extends ClassLoader {
        private final Map<String, byte[]> changed = new HashMap<>();

        Overlay() {
            super(ReleasedRuleSetsTest.class.getClassLoader());
        }

        Overlay change(String name, UnaryOperator<String> edit) {
            String before = new String(original(name), StandardCharsets.UTF_8);
            String after = edit.apply(before);
            assertThat(after).as("the edit of " + name + " changes it").isNotEqualTo(before);
            changed.put(name, after.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Overlay hide(String name) {
            changed.put(name, null);
            return this;
        }

        private byte[] original(String name) {
            try (InputStream in = getParent().getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (changed.containsKey(name)) {
                byte[] bytes = changed.get(name);
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }
            return getParent().getResourceAsStream(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (changed.containsKey(name)) {
                byte[] bytes = changed.get(name);
                return bytes == null
                        ? Collections.emptyEnumeration()
                        : Collections.enumeration(List.of(dataUrl(bytes)));
            }
            return getParent().getResources(name);
        }

        /** A URL whose stream is {@code bytes}, for Plans' index lookup. */
        private static URL dataUrl(byte[] bytes) throws IOException {
            return new URL(null, "overlay:" + bytes.length, new java.net.URLStreamHandler() {
                @Override
                protected java.net.URLConnection openConnection(URL url) {
                    return new java.net.URLConnection(url) {
                        @Override
                        public void connect() {}

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(bytes);
                        }
                    };
                }
            });
        }
    }
}
