package vn.chuyenhoa.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetChangelog;
import vn.chuyenhoa.engine.authoring.RuleSetFiles;
import vn.chuyenhoa.engine.authoring.RuleSetLock;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.engine.golden.GoldenSuite;

/**
 * The release rules of {@code check}: a released version never changes, every packaged version is released with
 * its changelog entry, and a patch version decides its golden cases as the patch before it does (semver: a change
 * that can flip a verdict is a new minor or major version, DESIGN 1.1).
 */
final class ReleaseGate {
    private static final String LOCK = RuleSetLock.RESOURCE;
    private static final String ADDING = " (docs/adding-a-plan.md)";

    private final RuleSets sets;

    ReleaseGate(RuleSets sets) {
        this.sets = sets;
    }

    /** A packaged version must have its lock line, unchanged; a released one must have its changelog entry. */
    List<Problem> lockAndChangelog(RuleSets.Entry entry) {
        List<Problem> problems = new ArrayList<>();
        String reference = entry.reference();
        Optional<RuleSetLock.Line> locked = sets.lock().line(reference);
        if (entry.packaged() && entry.manifest() != null) {
            RuleSetLock.Line actual = RuleSetLock.lineOf(
                    entry.files(), entry.manifest(), sets.plans().catalog());
            if (locked.isEmpty()) {
                problems.add(new Problem(
                        LOCK,
                        reference + " is packaged but not released: it has no line in "
                                + RuleSetLock.FILE + "; once its " + RuleSetChangelog.FILE + " entry is written,"
                                + " `chuyenhoa lock` adds the line" + ADDING));
            } else {
                List<String> changed = locked.get().differences(actual);
                if (!changed.isEmpty()) {
                    problems.add(new Problem(
                            entry.files().location(),
                            reference + " is released but differs from its"
                                    + " line in " + RuleSetLock.FILE + ": "
                                    + String.join(
                                            ", ",
                                            changed.stream()
                                                    .map(ReleaseGate::described)
                                                    .toList())
                                    + " changed. A released rule set never changes (verdicts pin it): undo the change and"
                                    + " make it in a new version" + ADDING));
                }
            }
        }
        RuleSetChangelog.Entry written = sets.changelog().state(reference);
        if ((entry.packaged() || locked.isPresent()) && written == RuleSetChangelog.Entry.UNFINISHED) {
            problems.add(new Problem(
                    RuleSetChangelog.FILE,
                    "the entry for " + reference + " still says TODO: write"
                            + " what changed and whose verdicts it can change" + ADDING));
        } else if ((entry.packaged() || locked.isPresent()) && written == RuleSetChangelog.Entry.NONE) {
            problems.add(new Problem(
                    RuleSetChangelog.FILE,
                    "no entry for " + reference + ": add \"### "
                            + entry.files().version() + " — <date>\" under \"## "
                            + entry.files().id() + " — …\", saying what"
                            + " changed and whose verdicts it can change" + ADDING));
        }
        return problems;
    }

    private static String described(String part) {
        return part.equals(RuleSetLock.FACTS) ? "the fact catalog's definition of a fact it uses (facts.yaml)" : part;
    }

    /** Released versions that the rules jar no longer ships, for the plans {@code ids} (all when empty). */
    List<Problem> unpackaged(List<String> ids) {
        List<Problem> problems = new ArrayList<>();
        for (RuleSetLock.Line line : sets.lock().lines()) {
            String id = line.reference().substring(0, line.reference().indexOf('@'));
            boolean packaged = sets.entries().stream()
                    .anyMatch(e -> e.packaged() && e.reference().equals(line.reference()));
            if (!packaged && (ids.isEmpty() || ids.contains(id) || ids.contains(line.reference()))) {
                problems.add(new Problem(
                        LOCK,
                        line.reference() + " is released but the rules do not ship it: a"
                                + " released version stays, so that verdicts that pin it can be replayed (put its folder"
                                + " back and its line in plans.index)"));
            }
        }
        return problems;
    }

    /**
     * A patch version's golden cases evaluated under the patch before it (same major and minor): any case whose
     * outcome or criterion statuses differ is a problem, since such a change needs a new minor or major version.
     */
    List<Problem> patch(RuleSets.Entry entry, GoldenSuite suite) {
        Optional<RuleSets.Entry> previous = previousPatch(entry);
        if (previous.isEmpty() || suite.cases() == null) {
            return List.of();
        }
        String golden = entry.files().place(RuleSetFiles.GOLDEN);
        String version = entry.files().version();
        String before = previous.get().files().version();
        if (previous.get().plan() == null) {
            return List.of(new Problem(
                    golden,
                    "patch version " + version + " cannot be compared with " + before + ", which cannot be loaded"));
        }
        GoldenCases underPrevious;
        try {
            previous.get().plan().verify();
            underPrevious = GoldenCases.parse(
                    previous.get().plan(), golden, entry.files().golden().orElseThrow());
        } catch (PlanLoadException e) {
            return List.of(new Problem(
                    golden, "patch version " + version + " cannot be compared with " + before + ": " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>();
        for (GoldenCases.Result result : suite.results()) {
            if (!result.evaluated()) {
                continue;
            }
            GoldenCases.Result old = underPrevious.run(result.golden());
            List<String> changes = old.evaluated()
                    ? changes(old.verdict(), result.verdict(), before)
                    : List.of(before + " cannot evaluate it: " + String.join("; ", old.differences()));
            if (!changes.isEmpty()) {
                problems.add(new Problem(
                        golden,
                        "patch version " + version + " decides case \""
                                + result.golden().rule()
                                + "\" otherwise than " + before + ": " + String.join("; ", changes)
                                + ". A change that can flip"
                                + " a verdict is a new minor or major version, not a patch (DESIGN 1.1)"));
            }
        }
        return problems;
    }

    private Optional<RuleSets.Entry> previousPatch(RuleSets.Entry entry) {
        int[] version = numbers(entry.files().version());
        if (version.length != 3 || version[2] == 0) {
            return Optional.empty();
        }
        return sets.entries().stream()
                .filter(e -> e.files().id().equals(entry.files().id()))
                .filter(e -> {
                    int[] other = numbers(e.files().version());
                    return other.length == 3
                            && other[0] == version[0]
                            && other[1] == version[1]
                            && other[2] < version[2];
                })
                .max(Comparator.comparing(e -> e.files().version(), Plans::compareVersions));
    }

    private static int[] numbers(String version) {
        return java.util.Arrays.stream(version.split("\\."))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    private static List<String> changes(Verdict before, Verdict after, String beforeVersion) {
        List<String> changes = new ArrayList<>();
        if (before.outcome() != after.outcome()) {
            changes.add("outcome " + after.outcome() + ", under " + beforeVersion + " " + before.outcome());
        }
        Map<String, String> old = statuses(before);
        statuses(after).forEach((id, status) -> {
            String was = old.getOrDefault(id, "absent");
            if (!was.equals(status)) {
                changes.add(id + " " + status + ", under " + beforeVersion + " " + was);
            }
        });
        old.keySet().stream()
                .filter(id -> !statuses(after).containsKey(id))
                .forEach(id -> changes.add(id + " absent, under " + beforeVersion + " " + old.get(id)));
        return changes;
    }

    private static Map<String, String> statuses(Verdict verdict) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CriterionVerdict criterion : verdict.criteria()) {
            statuses.put(criterion.definition().id(), criterion.measuredStatus().name());
        }
        return statuses;
    }
}
