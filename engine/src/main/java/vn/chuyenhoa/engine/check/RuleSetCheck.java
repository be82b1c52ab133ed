package vn.chuyenhoa.engine.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetFiles;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.golden.Coverage;
import vn.chuyenhoa.engine.golden.GoldenSuite;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * The gate a rule-set version passes before it is merged. It refuses, naming the place:
 * a criterion without its source (document, section, quote) or otherwise incomplete in the manifest;
 * a rule not tied to a declared criterion; a declared criterion that no rule decides; a fact the DRL reads
 * for a criterion that the manifest does not declare for that criterion; DRL that does not compile; golden
 * cases that cannot be run; and a criterion that no golden case shows met, or none shows not met. It also
 * counts the golden cases' coverage, criterion by criterion. Whether each case gives the verdict it expects
 * is {@code chuyenhoa test}'s job. And it holds the release rules ({@link ReleaseGate}): a packaged version
 * is in the lock, unchanged, with its changelog entry; a patch version decides as the patch before it.
 */
public final class RuleSetCheck {
    /** What a scaffold writes where the author has to fill in. */
    public static final String TODO = "TODO";

    private final RuleSets sets;
    private final FactCatalog catalog;
    private final ReleaseGate release;

    public RuleSetCheck(RuleSets sets) {
        this.sets = sets;
        this.catalog = sets.plans().catalog();
        this.release = new ReleaseGate(sets);
    }

    /** Checks one version. Never throws for a problem in the rule set: every problem is in the report. */
    public CheckReport check(RuleSets.Entry entry) {
        List<Problem> problems = new ArrayList<>(entry.problems());
        if (entry.packaged()) {
            // A draft's are among its problems already; a packaged one was checked by its build, and is again here.
            problems.addAll(RuleSets.languageProblems(entry.files()));
        }
        problems.addAll(release.lockAndChangelog(entry));
        problems.addAll(todos(entry));
        if (entry.manifest() == null) {
            return report(entry, problems, null, "the manifest cannot be read");
        }
        boolean rulesTieUp = checkRules(entry.manifest(), entry.files(), problems);
        if (entry.plan() == null || !rulesTieUp) {
            return report(entry, problems, null, "the rule set cannot be loaded until the problems above are fixed");
        }
        GoldenSuite suite = GoldenSuite.run(entry);
        if (!suite.problems().isEmpty()) {
            problems.addAll(suite.problems());
            return report(entry, problems, null, "the golden cases cannot be run");
        }
        problems.addAll(release.patch(entry, suite));
        String golden = entry.files().place(RuleSetFiles.GOLDEN);
        String reference = entry.manifest().reference();
        suite.cases()
                .declaredPlan()
                .filter(declared -> !declared.equals(entry.manifest().id()) && !declared.equals(reference))
                .ifPresent(declared -> problems.add(
                        new Problem(golden, "declares plan: " + declared + " but lives beside " + reference)));
        suite.results().stream()
                .filter(r -> !r.evaluated())
                .forEach(r -> problems.add(new Problem(
                        golden, "case \"" + r.golden().rule() + "\": " + String.join("; ", r.differences()))));
        Coverage coverage = Coverage.of(entry.manifest(), suite.results());
        for (CriterionDefinition criterion : entry.manifest().criteria()) {
            List<Status> unshown = coverage.unshownSides(criterion.id());
            if (!unshown.isEmpty()) {
                problems.add(new Problem(
                        golden,
                        "criterion '" + criterion.id() + "' has no golden case where it is "
                                + unshown.stream()
                                        .map(Status::name)
                                        .collect(Collectors.joining(" and none where it is "))
                                + (criterion.isDecisive() ? "" : " (by the status its rule measures: it is INFO)")
                                + "; seen: " + seen(coverage, criterion.id())));
            }
        }
        for (String reading : coverage.readingsNeverChangingAnOutcome()) {
            problems.add(new Problem(
                    golden,
                    "reading '" + reading + "' changes the outcome of no golden case: add a case whose verdict it"
                            + " decides otherwise, and state it in the case's otherwise: (\"" + reading
                            + "=<alternative>\": PASS or FAIL)"));
        }
        return report(entry, problems, coverage, null);
    }

    /** The DRL against the manifest; returns false when rules and criteria do not tie up (it cannot load). */
    private boolean checkRules(PlanManifest manifest, RuleSetFiles files, List<Problem> problems) {
        String drl = files.place(RuleSetFiles.DRL);
        Map<String, CriterionDefinition> declared = new LinkedHashMap<>();
        manifest.criteria().forEach(c -> declared.putIfAbsent(c.id(), c));
        String declaredIds = String.join(", ", declared.keySet());
        DrlOutline outline = DrlOutline.parse(files.drlText());
        List<Problem> ties = new ArrayList<>();
        List<Problem> facts = new ArrayList<>();
        for (DrlOutline.Rule rule : outline.rules()) {
            String at = drl + ":" + rule.line();
            String named = "rule \"" + rule.name() + "\"";
            CriterionDefinition criterion = rule.criterion() == null ? null : declared.get(rule.criterion());
            if (rule.criterion() == null) {
                ties.add(new Problem(
                        at,
                        named + " is not tied to a criterion: add @criterion(\"…\") naming one"
                                + " the manifest declares (" + declaredIds + ")"));
                continue;
            }
            if (criterion == null) {
                ties.add(new Problem(
                        at,
                        named + " is tied to criterion '" + rule.criterion()
                                + "', which the manifest does not declare"
                                + didYouMean(rule.criterion(), declared.keySet())
                                + " (declared: " + declaredIds + ")"));
                continue;
            }
            rule.decides().stream()
                    .filter(other -> !other.equals(criterion.id()))
                    .forEach(other -> ties.add(new Problem(
                            at,
                            named + " is tied to criterion '" + criterion.id() + "' but decides criterion '" + other
                                    + "'")));
            // The facts a reading's other choices need are the rule's to read as well.
            Set<String> readable = new java.util.HashSet<>(criterion.facts());
            rule.readings().forEach((id, line) -> {
                Optional<ReadingDefinition> reading = manifest.reading(id);
                if (reading.isEmpty() || reading.get().changesDecision()) {
                    facts.add(new Problem(
                            drl + ":" + line,
                            named + " consults reading '" + id + "', which the manifest does not declare as one the"
                                    + " rules consult (declared: "
                                    + String.join(
                                            ", ",
                                            manifest.readings().stream()
                                                    .filter(r -> !r.changesDecision())
                                                    .map(ReadingDefinition::id)
                                                    .toList())
                                    + ")"));
                } else {
                    reading.get().choices().forEach(c -> readable.addAll(c.facts()));
                }
            });
            rule.facts().forEach((fact, line) -> {
                if (!readable.contains(fact)) {
                    facts.add(new Problem(
                            drl + ":" + line,
                            named + " (criterion '" + criterion.id() + "') reads fact '"
                                    + fact + "', which the manifest does not declare for '" + criterion.id()
                                    + "' (declared: "
                                    + String.join(", ", criterion.facts()) + ")"
                                    + (catalog.contains(fact)
                                            ? ""
                                            : "; nor is it in the fact catalog"
                                                    + didYouMean(
                                                            fact,
                                                            catalog.all().stream()
                                                                    .map(FactDefinition::name)
                                                                    .toList()))));
                }
            });
        }
        Set<String> consulted = outline.rules().stream()
                .flatMap(r -> r.readings().keySet().stream())
                .collect(Collectors.toSet());
        manifest.readings().stream()
                .filter(r -> !r.changesDecision() && !consulted.contains(r.id()))
                .forEach(r -> facts.add(new Problem(
                        drl,
                        "reading '" + r.id() + "' changes neither the decision rule (no choice says how) nor any rule:"
                                + " no rule consults it with reading($area, \"" + r.id() + "\", …)")));
        Set<String> tied = outline.rules().stream()
                .map(DrlOutline.Rule::criterion)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        declared.keySet().stream()
                .filter(id -> !tied.contains(id))
                .forEach(id -> ties.add(new Problem(
                        drl,
                        "criterion '" + id
                                + "' is declared in the manifest but never decided: no rule has @criterion(\"" + id
                                + "\")")));
        problems.addAll(ties);
        problems.addAll(facts);
        return ties.isEmpty();
    }

    /**
     * Problems of the rules as a whole rather than of one version, among the plans {@code references} name (all
     * when empty): released versions the rules no longer ship, and plan folders that {@code plans.index} leaves
     * out (the build ships them, but no command would ever load them).
     */
    public List<Problem> repositoryProblems(List<String> references) {
        List<String> selected = references == null ? List.of() : references;
        List<Problem> problems = new ArrayList<>(release.unpackaged(selected));
        for (String folder : sets.unindexedFolders()) {
            String id = folder.substring(0, folder.indexOf('/'));
            if (selected.isEmpty() || selected.contains(id) || selected.contains(folder.replace('/', '@'))) {
                problems.add(new Problem(
                        RuleSetFiles.SOURCE_INDEX,
                        "plan folder " + folder + " has a manifest.yaml"
                                + " but is not listed here, so no command loads it: add the line \"" + folder + "\""));
            }
        }
        return problems;
    }

    /**
     * A scaffold's TODOs left in a version's files, and stubs of the fact catalog it uses: each is a problem at its
     * line, so that nothing half-written is released.
     */
    private List<Problem> todos(RuleSets.Entry entry) {
        List<Problem> problems = new ArrayList<>();
        RuleSetFiles files = entry.files();
        Map<String, byte[]> texts = new LinkedHashMap<>();
        texts.put(RuleSetFiles.MANIFEST, files.manifest());
        texts.put(RuleSetFiles.DRL, files.drl());
        files.golden().ifPresent(golden -> texts.put(RuleSetFiles.GOLDEN, golden));
        texts.forEach((name, bytes) -> {
            List<String> lines = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(TODO)) {
                    problems.add(new Problem(
                            files.place(name) + ":" + (i + 1),
                            "TODO left, to fill in before release: "
                                    + lines.get(i).strip()));
                }
            }
        });
        if (entry.manifest() != null) {
            for (CriterionDefinition criterion : entry.manifest().criteria()) {
                for (String fact : criterion.facts()) {
                    catalog.find(fact)
                            .filter(d -> (d.label() + " " + d.meaning() + " " + d.unit()).contains(TODO))
                            .ifPresent(d -> problems.add(new Problem(
                                    Manifests.CATALOG_SOURCE,
                                    "fact '" + fact
                                            + "' (criterion '" + criterion.id()
                                            + "') is a stub: its unit, label or meaning"
                                            + " still says TODO")));
                }
            }
        }
        return problems;
    }

    private static String didYouMean(String typed, Collection<String> known) {
        return Suggestions.closest(typed, known)
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
    }

    private static String seen(Coverage coverage, String criterion) {
        String seen = Coverage.STATUSES.stream()
                .filter(s -> coverage.count(criterion, s) > 0)
                .map(s -> s.name() + " " + coverage.count(criterion, s))
                .collect(Collectors.joining(", "));
        return seen.isEmpty() ? "none" : seen;
    }

    private static CheckReport report(RuleSets.Entry entry, List<Problem> problems, Coverage coverage, String notRun) {
        return new CheckReport(
                entry.reference(),
                entry.files().location(),
                entry.plan() == null ? null : entry.plan().sha256(),
                problems,
                coverage,
                notRun);
    }
}
