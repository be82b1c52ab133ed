package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.output.OutputFiles;

/**
 * The rule sets as their authors keep them in the repository, before a build: {@code rules/src/main/resources/
 * chuyenhoa/} with {@code plans.index}, {@code plans/<id>/<version>/}, {@code facts.yaml} and {@code plans.lock},
 * and {@code CHANGELOG.md} at the repository's root. The {@code lock} command releases versions here.
 */
public final class RulesSourceTree {
    /** Where the rule sets live, from the repository's root. */
    public static final Path RULES = Path.of("rules", "src", "main", "resources", "chuyenhoa");

    private static final String INDEX = "plans.index";
    private static final String MODEL_INDEX = "model-index:";

    private final Path repository;
    private final Path rules;

    private RulesSourceTree(Path repository) {
        this.repository = repository;
        this.rules = repository.resolve(RULES);
    }

    /** The tree of the repository at {@code repository}; one without rule sets is an {@link InvalidInputException}. */
    public static RulesSourceTree at(Path repository) {
        RulesSourceTree tree = new RulesSourceTree(repository);
        if (!Files.isRegularFile(tree.rules.resolve(INDEX))) {
            throw new InvalidInputException(InputErrors.notARepository(
                    repository.toString(), RULES.resolve(INDEX).toString()));
        }
        return tree;
    }

    /** The repository's root. */
    public Path repository() {
        return repository;
    }

    /** {@code rules/src/main/resources/chuyenhoa} of this repository. */
    Path rules() {
        return rules;
    }

    /**
     * What {@link #lock} did.
     *
     * @param added    the lines added, one per newly released version
     * @param refused  the versions it would not lock, and why (a released version that changed, a version without
     *                 its changelog entry or golden cases, a manifest that cannot be read)
     */
    public record LockUpdate(List<RuleSetLock.Line> added, List<Problem> refused) {
        public LockUpdate {
            added = List.copyOf(added);
            refused = List.copyOf(refused);
        }
    }

    /**
     * Releases the versions {@code plans.index} lists that the lock does not hold yet, among those
     * {@code references} name (a plan id, or {@code id@version}; all when empty): one line each, appended.
     * A line already there is never rewritten, even when its version's files changed (that is reported).
     */
    public LockUpdate lock(List<String> references) {
        FactCatalog catalog = Manifests.readCatalog(place("facts.yaml"), read(rules.resolve("facts.yaml")));
        Path lockFile = rules.resolve(RuleSetLock.FILE);
        String existing = Files.exists(lockFile) ? new String(read(lockFile), StandardCharsets.UTF_8) : null;
        RuleSetLock lock = existing == null
                ? RuleSetLock.parse(place(RuleSetLock.FILE), new byte[0])
                : RuleSetLock.parse(place(RuleSetLock.FILE), existing.getBytes(StandardCharsets.UTF_8));
        Path changelogFile = repository.resolve(RuleSetChangelog.FILE);
        RuleSetChangelog changelog = RuleSetChangelog.parse(
                Files.exists(changelogFile) ? new String(read(changelogFile), StandardCharsets.UTF_8) : "");
        List<RuleSetLock.Line> added = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        for (String folder : indexedFolders()) {
            RuleSetFiles files = RuleSetFiles.read(rules.resolve("plans").resolve(folder));
            if (!selected(files, references)) {
                continue;
            }
            String where = place("plans/" + folder);
            PlanManifest manifest;
            try {
                manifest = Manifests.readManifest(where + "/" + RuleSetFiles.MANIFEST, files.manifest());
            } catch (PlanLoadException e) {
                refused.add(new Problem(where, notLocked(e.phrase())));
                continue;
            }
            RuleSetLock.Line line = RuleSetLock.lineOf(files, manifest, catalog);
            var locked = lock.line(files.reference());
            if (locked.isPresent()) {
                List<String> changed = locked.get().differences(line);
                if (!changed.isEmpty()) {
                    refused.add(new Problem(
                            where,
                            (language, spelling) -> files.reference()
                                    + language.pick(
                                            " đã phát hành nhưng đã thay đổi: ", " is released but these changed: ")
                                    + RuleSetLock.described(changed, language)
                                    + language.pick(
                                            "; dòng của nó trong plans.lock không được ghi lại: hãy hoàn lại thay đổi"
                                                    + " và đưa thay đổi đó vào một phiên bản mới",
                                            "; its line is not rewritten: undo the change and make it in a new"
                                                    + " version")));
                }
            } else if (files.golden().isEmpty()) {
                refused.add(new Problem(
                        where,
                        notLocked(Phrase.of(
                                files.reference() + " không có " + RuleSetFiles.GOLDEN,
                                files.reference() + " has no " + RuleSetFiles.GOLDEN))));
            } else if (changelog.state(files.reference()) == RuleSetChangelog.Entry.UNFINISHED) {
                refused.add(new Problem(
                        RuleSetChangelog.FILE,
                        notLocked(Phrase.of(
                                "mục của " + files.reference() + " vẫn ghi TODO: hãy viết xong mục này trước",
                                "the entry for " + files.reference() + " still says TODO: write it first"))));
            } else if (!changelog.hasEntry(files.reference())) {
                String heading = "\"### " + files.version() + " — <date>\"";
                String plan = "\"## " + files.id() + " — …\"";
                refused.add(new Problem(
                        RuleSetChangelog.FILE,
                        notLocked(Phrase.of(
                                "chưa có mục cho " + files.reference() + ": trước hết thêm " + heading + " dưới "
                                        + plan,
                                "no entry for " + files.reference() + ": add " + heading + " under " + plan
                                        + " first"))));
            } else {
                added.add(line);
            }
        }
        if (!added.isEmpty()) {
            String text = RuleSetLock.append(existing, added);
            OutputFiles.EDIT.write(lockFile, out -> out.write(text));
        }
        return new LockUpdate(added, refused);
    }

    private static Phrase notLocked(Phrase why) {
        return (language, spelling) -> language.pick("chưa khóa: ", "not locked: ") + why.in(language, spelling);
    }

    private static boolean selected(RuleSetFiles files, List<String> references) {
        return references.isEmpty() || references.contains(files.id()) || references.contains(files.reference());
    }

    List<String> indexedFolders() {
        return new String(read(rules.resolve(INDEX)), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith(MODEL_INDEX))
                .toList();
    }

    private String place(String name) {
        return RULES.resolve(name).toString().replace('\\', '/');
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputErrors.fileNotFound(file.toString()));
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.fileUnreadable(file.toString(), Shown.reason(e)));
        }
    }
}
