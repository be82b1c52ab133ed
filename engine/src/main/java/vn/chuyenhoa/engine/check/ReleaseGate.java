package vn.chuyenhoa.engine.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.Language;
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
import vn.chuyenhoa.engine.message.Phrase;

/**
 * The release rules of {@code check}: a released version never changes, every packaged version is released with
 * its changelog entry, and a patch version decides its golden cases as the patch before it does (semver: a change
 * that can flip a verdict is a new minor or major version, DESIGN 1.1).
 */
final class ReleaseGate {
    private static final String LOCK = RuleSetLock.RESOURCE;
    private static final String ADDING = " (docs/adding-a-plan.md)";
    private static final String DESIGN = " (DESIGN 1.1)";

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
                        Phrase.of(
                                reference + " được đóng gói nhưng chưa phát hành: chưa có dòng trong "
                                        + RuleSetLock.FILE + "; viết xong mục của nó trong " + RuleSetChangelog.FILE
                                        + " rồi chạy `chuyenhoa lock` để thêm dòng" + ADDING,
                                reference + " is packaged but not released: it has no line in "
                                        + RuleSetLock.FILE + "; once its " + RuleSetChangelog.FILE + " entry is"
                                        + " written, `chuyenhoa lock` adds the line" + ADDING)));
            } else {
                List<String> changed = locked.get().differences(actual);
                if (!changed.isEmpty()) {
                    problems.add(new Problem(
                            entry.files().location(),
                            (language, spelling) -> language.pick(
                                            reference + " đã phát hành nhưng khác dòng của nó trong " + RuleSetLock.FILE
                                                    + ": ",
                                            reference + " is released but differs from its line in " + RuleSetLock.FILE
                                                    + ": ")
                                    + RuleSetLock.described(changed, language)
                                    + language.pick(
                                            " đã thay đổi. Bộ quy tắc đã phát hành không bao giờ thay đổi (các kết luận"
                                                    + " ghi phiên bản của nó): hãy hoàn lại thay đổi và đưa thay đổi"
                                                    + " đó vào một phiên bản mới",
                                            " changed. A released rule set never changes (verdicts pin it): undo the"
                                                    + " change and make it in a new version")
                                    + ADDING));
                }
            }
        }
        RuleSetChangelog.Entry written = sets.changelog().state(reference);
        if ((entry.packaged() || locked.isPresent()) && written == RuleSetChangelog.Entry.UNFINISHED) {
            problems.add(new Problem(
                    RuleSetChangelog.FILE,
                    Phrase.of(
                            "mục của " + reference + " vẫn ghi TODO: viết điều gì thay đổi và kết luận của những địa"
                                    + " bàn nào có thể đổi theo" + ADDING,
                            "the entry for " + reference + " still says TODO: write what changed and whose verdicts"
                                    + " it can change" + ADDING)));
        } else if ((entry.packaged() || locked.isPresent()) && written == RuleSetChangelog.Entry.NONE) {
            String heading = "\"### " + entry.files().version() + " — <date>\"";
            String plan = "\"## " + entry.files().id() + " — …\"";
            problems.add(new Problem(
                    RuleSetChangelog.FILE,
                    Phrase.of(
                            "chưa có mục cho " + reference + ": thêm " + heading + " dưới " + plan
                                    + ", nói điều gì thay đổi và kết luận của những địa bàn nào có thể đổi theo"
                                    + ADDING,
                            "no entry for " + reference + ": add " + heading + " under " + plan
                                    + ", saying what changed and whose verdicts it can change" + ADDING)));
        }
        return problems;
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
                        Phrase.of(
                                line.reference() + " đã phát hành nhưng các bộ quy tắc không còn kèm nó: phiên bản đã"
                                        + " phát hành phải được giữ, để các kết luận ghi phiên bản đó chạy lại được"
                                        + " (đặt lại thư mục của nó và dòng của nó trong plans.index)",
                                line.reference() + " is released but the rules do not ship it: a released version"
                                        + " stays, so that verdicts that pin it can be replayed (put its folder back"
                                        + " and its line in plans.index)")));
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
                    Phrase.of(
                            "không so sánh được phiên bản vá " + version + " với " + before + ", vì " + before
                                    + " chưa nạp được",
                            "patch version " + version + " cannot be compared with " + before
                                    + ", which cannot be loaded")));
        }
        GoldenCases underPrevious;
        try {
            previous.get().plan().verify();
            underPrevious = GoldenCases.parse(
                    previous.get().plan(), golden, entry.files().golden().orElseThrow());
        } catch (PlanLoadException e) {
            return List.of(new Problem(
                    golden,
                    (language, spelling) -> language.pick(
                                    "không so sánh được phiên bản vá " + version + " với " + before + ": ",
                                    "patch version " + version + " cannot be compared with " + before + ": ")
                            + e.message(language)));
        }
        List<Problem> problems = new ArrayList<>();
        for (GoldenCases.Result result : suite.results()) {
            if (!result.evaluated()) {
                continue;
            }
            GoldenCases.Result old = underPrevious.run(result.golden());
            String rule = "\"" + result.golden().rule() + "\"";
            if (!old.evaluated()) {
                problems.add(new Problem(
                        golden,
                        (language, spelling) -> language.pick(
                                        "phiên bản vá " + version + " quyết định trường hợp " + rule + " khác " + before
                                                + ": " + before + " không đánh giá được nó: ",
                                        "patch version " + version + " decides case " + rule + " otherwise than "
                                                + before + ": " + before + " cannot evaluate it: ")
                                + String.join("; ", old.differences(language))
                                + notAPatch(language)));
                continue;
            }
            List<Phrase> changes = changes(old.verdict(), result.verdict(), before);
            if (!changes.isEmpty()) {
                problems.add(new Problem(
                        golden,
                        (language, spelling) -> language.pick(
                                        "phiên bản vá " + version + " quyết định trường hợp " + rule + " khác " + before
                                                + ": ",
                                        "patch version " + version + " decides case " + rule + " otherwise than "
                                                + before + ": ")
                                + changes.stream()
                                        .map(change -> change.in(language, spelling))
                                        .collect(Collectors.joining("; "))
                                + notAPatch(language)));
            }
        }
        return problems;
    }

    private static String notAPatch(Language language) {
        return language.pick(
                        ". Thay đổi nào có thể làm đổi kết luận thì phải ra phiên bản minor hoặc major mới, không"
                                + " phải bản vá",
                        ". A change that can flip a verdict is a new minor or major version, not a patch")
                + DESIGN;
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

    private static List<Phrase> changes(Verdict before, Verdict after, String beforeVersion) {
        List<Phrase> changes = new ArrayList<>();
        if (before.outcome() != after.outcome()) {
            changes.add(change(
                    "kết quả",
                    "outcome",
                    after.outcome().name(),
                    beforeVersion,
                    before.outcome().name()));
        }
        Map<String, String> old = statuses(before);
        Map<String, String> now = statuses(after);
        now.forEach((id, status) -> {
            String was = old.get(id);
            if (!status.equals(was)) {
                changes.add(change(id, id, status, beforeVersion, was));
            }
        });
        old.keySet().stream()
                .filter(id -> !now.containsKey(id))
                .forEach(id -> changes.add(change(id, id, null, beforeVersion, old.get(id))));
        return changes;
    }

    /** "sub-4 FAIL, under 1.1.0 PASS" ("sub-4 FAIL, theo 1.1.0 là PASS"); a criterion a verdict lacks is "absent". */
    private static Phrase change(String vi, String en, String now, String beforeVersion, String was) {
        return (language, spelling) -> {
            String absent = language.pick("không có", "absent");
            String shownNow = now == null ? absent : now;
            String shownWas = was == null ? absent : was;
            return language.pick(
                    vi + " " + shownNow + ", theo " + beforeVersion + " là " + shownWas,
                    en + " " + shownNow + ", under " + beforeVersion + " " + shownWas);
        };
    }

    private static Map<String, String> statuses(Verdict verdict) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CriterionVerdict criterion : verdict.criteria()) {
            statuses.put(criterion.definition().id(), criterion.measuredStatus().name());
        }
        return statuses;
    }
}
