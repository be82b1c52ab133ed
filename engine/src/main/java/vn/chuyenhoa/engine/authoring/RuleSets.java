package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.PlansIndex;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.rule.RuleLanguage;

/**
 * The rule sets a command works on: every version the rules jar ships and, in authoring mode, the versions
 * found in an author's folders, compiled from their DRL at run time (about 3 s each, on first use). A folder's
 * version sits beside the shipped ones and, being newest, is what a bare plan id then picks. A folder may
 * replace a shipped version that is not released yet, but never one in the lock: a released version never
 * changes ({@link RuleSetLock}).
 */
public final class RuleSets {
    private final Plans shipped;
    private final RuleSetLock lock;
    private final RuleSetChangelog changelog;
    private final List<String> unindexedFolders;
    private final List<Entry> entries;

    /**
     * One rule-set version: its files and, when its manifest is complete, its plan.
     *
     * @param packaged true for a version the rules jar ships, false for one from an author's folder
     * @param manifest the manifest as read, or null when it cannot be read
     * @param plan     the plan, or null when the manifest has problems
     * @param problems why the rule set cannot be loaded, each at its file and naming its criterion; empty when it can
     */
    public record Entry(
            RuleSetFiles files, boolean packaged, PlanManifest manifest, Plan plan, List<Problem> problems) {
        public Entry {
            problems = List.copyOf(problems);
        }

        public String reference() {
            return files.reference();
        }
    }

    private RuleSets(
            Plans shipped,
            RuleSetLock lock,
            RuleSetChangelog changelog,
            List<String> unindexedFolders,
            List<Entry> entries) {
        this.shipped = shipped;
        this.lock = lock;
        this.changelog = changelog;
        this.unindexedFolders = List.copyOf(unindexedFolders);
        this.entries = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.files().id())
                        .thenComparing(e -> e.files().version(), Plans::compareVersions))
                .toList();
    }

    /**
     * The shipped rule sets and those under {@code folders}: each folder is searched for {@code manifest.yaml}
     * files, and each one's folder is a version folder {@code <plan id>/<version>}. A folder with none, or holding
     * a released version, is an {@link InvalidInputException}.
     */
    public static RuleSets load(ClassLoader loader, List<Path> folders) {
        Plans shipped = Plans.load(loader);
        RuleSetLock lock = RuleSetLock.shipped(loader);
        Map<String, Entry> byReference = new LinkedHashMap<>();
        for (Plan plan : shipped.all()) {
            byReference.put(
                    plan.manifest().reference(),
                    new Entry(RuleSetFiles.shipped(plan, loader), true, plan.manifest(), plan, List.of()));
        }
        Map<String, RuleSetFiles> authoredFiles = new LinkedHashMap<>();
        for (Path folder : folders) {
            for (Path versionFolder : versionFolders(folder)) {
                RuleSetFiles files = RuleSetFiles.read(versionFolder);
                if (lock.isReleased(files.reference())) {
                    throw new InvalidInputException(
                            InputErrors.ruleSetReleased(files.location(), files.reference(), RuleSetLock.FILE));
                }
                RuleSetFiles other = authoredFiles.putIfAbsent(files.reference(), files);
                if (other != null) {
                    throw new InvalidInputException(
                            InputErrors.ruleSetTwice(files.location(), files.reference(), other.location()));
                }
                byReference.put(files.reference(), authored(files, shipped));
            }
        }
        List<String> packaged =
                shipped.all().stream().map(p -> p.id() + "/" + p.version()).toList();
        List<String> unindexed = PlansIndex.foundFolders(loader).stream()
                .filter(folder -> !packaged.contains(folder))
                .toList();
        return new RuleSets(
                shipped, lock, RuleSetChangelog.shipped(loader), unindexed, new ArrayList<>(byReference.values()));
    }

    private static List<Path> versionFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(InputErrors.rulesNotAFolder(folder.toString()));
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(RuleSetFiles.MANIFEST))
                    .map(Path::getParent)
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new InvalidInputException(InputErrors.noRuleSets(folder.toString(), RuleSetFiles.MANIFEST));
            }
            return found;
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.rulesFolderUnreadable(folder.toString(), Shown.reason(e)));
        }
    }

    private static Entry authored(RuleSetFiles files, Plans shipped) {
        String place = files.place(RuleSetFiles.MANIFEST);
        // A draft whose DRL is not in the rule language is never compiled, so none of its code ever runs.
        List<Problem> problems = new ArrayList<>(languageProblems(files));
        PlanManifest manifest;
        try {
            manifest = Manifests.readManifest(place, files.manifest());
        } catch (PlanLoadException e) {
            problems.add(0, Problem.at(place, e));
            return new Entry(files, false, null, null, problems);
        }
        List<Phrase> manifestProblems = new ArrayList<>(Manifests.problems(manifest, shipped.catalog()));
        manifest.misplacedIn(files.id() + "/" + files.version())
                .ifPresent(misplaced -> manifestProblems.add(0, misplaced));
        problems.addAll(
                0, manifestProblems.stream().map(p -> new Problem(place, p)).toList());
        if (!problems.isEmpty()) {
            return new Entry(files, false, manifest, null, problems);
        }
        return new Entry(
                files,
                false,
                manifest,
                Plan.draft(files.location(), files.manifest(), files.drl(), shipped.catalog()),
                List.of());
    }

    /** What a version's DRL holds that the rule language does not allow, each at its file and line. */
    public static List<Problem> languageProblems(RuleSetFiles files) {
        return RuleLanguage.violations(files.drlText()).stream()
                .map(v -> new Problem(files.place(RuleSetFiles.DRL) + ":" + v.line(), v.what()))
                .toList();
    }

    /** The released versions, as the rules jar ships their lock. */
    public RuleSetLock lock() {
        return lock;
    }

    /** Plan folders the rules jar ships that its {@code plans.index} leaves out ({@code id/version}). */
    public List<String> unindexedFolders() {
        return unindexedFolders;
    }

    /** The rule sets' changelog, as the rules jar ships it. */
    public RuleSetChangelog changelog() {
        return changelog;
    }

    /** Every rule-set version, by plan id then version. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * The versions that {@code references} name: a plan id names all its versions, {@code id@version} one;
     * none names them all. An unknown one is an {@link InvalidInputException} with a suggestion, at
     * {@code argument}: what the front end calls the references (a command's {@code PLAN}).
     */
    public List<Entry> select(List<String> references, String argument) {
        if (references == null || references.isEmpty()) {
            return entries;
        }
        List<Entry> selected = new ArrayList<>();
        for (String reference : references) {
            List<Entry> named = entries.stream()
                    .filter(e -> reference.contains("@")
                            ? e.reference().equals(reference)
                            : e.files().id().equals(reference))
                    .filter(e -> !selected.contains(e))
                    .toList();
            if (named.isEmpty()) {
                plans().get(reference, null, argument);
            }
            selected.addAll(named);
        }
        return selected;
    }

    /** The loadable versions as a registry, as {@link Plans#load()} gives the shipped ones. */
    public Plans plans() {
        return Plans.of(
                shipped.catalog(),
                entries.stream().filter(e -> e.plan() != null).map(Entry::plan).toList());
    }

    /**
     * The plan {@code reference} names, for evaluating; a version whose rule set cannot be loaded, or an
     * unknown one, is an {@link InvalidInputException} at {@code path} (the option or parameter that named it).
     */
    public Plan plan(String reference, String path) {
        for (Entry entry : entries) {
            if (entry.reference().equals(reference) && entry.plan() == null) {
                String manifest = entry.files().place(RuleSetFiles.MANIFEST);
                // The message is at the manifest; a problem elsewhere (a DRL's line) says where it is.
                Phrase problems = (language, spelling) -> entry.problems().stream()
                        .map(p -> p.place().equals(manifest) ? p.message(language) : p.line(language))
                        .collect(Collectors.joining("; "));
                throw new InvalidInputException(InputErrors.ruleSetNotLoadable(manifest, path, reference, problems));
            }
        }
        return plans().get(reference, null, path);
    }
}
