package vn.chuyenhoa.engine.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.Language;
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
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Suggestions;
import vn.chuyenhoa.engine.rule.RuleLanguage;

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
            return report(entry, problems, null, Phrase.of("không đọc được manifest", "the manifest cannot be read"));
        }
        // A DRL its parser cannot read has one problem, said above; its outline would only add false ones.
        boolean rulesTieUp =
                RuleLanguage.readable(entry.files().drlText()) && checkRules(entry.manifest(), entry.files(), problems);
        if (entry.plan() == null || !rulesTieUp) {
            return report(
                    entry,
                    problems,
                    null,
                    Phrase.of(
                            "bộ quy tắc chưa nạp được cho đến khi sửa xong các lỗi dưới đây",
                            "the rule set cannot be loaded until the problems below are fixed"));
        }
        GoldenSuite suite = GoldenSuite.run(entry);
        if (!suite.problems().isEmpty()) {
            problems.addAll(suite.problems());
            return report(
                    entry,
                    problems,
                    null,
                    Phrase.of(
                            "chúng không đọc được hoặc bộ quy tắc không nạp được, xem các lỗi dưới đây",
                            "they cannot be read, or the rule set cannot be loaded: see the problems below"));
        }
        problems.addAll(release.patch(entry, suite));
        String golden = entry.files().place(RuleSetFiles.GOLDEN);
        String reference = entry.manifest().reference();
        suite.cases()
                .declaredPlan()
                .filter(declared -> !declared.equals(entry.manifest().id()) && !declared.equals(reference))
                .ifPresent(declared -> problems.add(new Problem(
                        golden,
                        Phrase.of(
                                "khai báo plan: " + declared + " nhưng nằm cạnh " + reference,
                                "declares plan: " + declared + " but lives beside " + reference))));
        suite.results().stream()
                .filter(r -> !r.evaluated())
                .forEach(r -> problems.add(new Problem(
                        golden,
                        (language, spelling) -> language.pick("trường hợp \"", "case \"")
                                + r.golden().rule() + "\": " + String.join("; ", r.differences(language)))));
        Coverage coverage = Coverage.of(entry.manifest(), suite.results());
        for (CriterionDefinition criterion : entry.manifest().criteria()) {
            List<Status> unshown = coverage.unshownSides(criterion.id());
            if (!unshown.isEmpty()) {
                problems.add(new Problem(
                        golden,
                        (language, spelling) -> language.pick("tiêu chí '", "criterion '")
                                + criterion.id()
                                + language.pick(
                                        "' không có trường hợp mẫu nào ở trạng thái ",
                                        "' has no golden case where it is ")
                                + unshown.stream()
                                        .map(Status::name)
                                        .collect(Collectors.joining(language.pick(
                                                " và không có trường hợp nào ở trạng thái ", " and none where it is ")))
                                + (criterion.isDecisive()
                                        ? ""
                                        : language.pick(
                                                " (tính theo trạng thái mà quy tắc của nó đo được, vì tiêu chí này là INFO)",
                                                " (by the status its rule measures: it is INFO)"))
                                + language.pick("; đã thấy: ", "; seen: ")
                                + seen(coverage, criterion.id(), language)));
            }
        }
        for (String reading : coverage.readingsNeverChangingAnOutcome()) {
            String example = "(\"" + reading + "=<alternative>\": ";
            problems.add(new Problem(
                    golden,
                    Phrase.of(
                            "cách hiểu '" + reading + "' không làm đổi kết quả của trường hợp mẫu nào: thêm một"
                                    + " trường hợp mà theo cách hiểu khác thì kết luận khác đi, và ghi điều đó vào"
                                    + " otherwise: của trường hợp " + example + "PASS hoặc FAIL)",
                            "reading '" + reading + "' changes the outcome of no golden case: add a case whose"
                                    + " verdict it decides otherwise, and state it in the case's otherwise: "
                                    + example + "PASS or FAIL)")));
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
            String name = "\"" + rule.name() + "\"";
            CriterionDefinition criterion = rule.criterion() == null ? null : declared.get(rule.criterion());
            if (rule.criterion() == null) {
                ties.add(new Problem(
                        at,
                        Phrase.of(
                                "quy tắc " + name + " không gắn với tiêu chí nào: thêm @criterion(\"…\") nêu một"
                                        + " tiêu chí manifest khai báo (" + declaredIds + ")",
                                "rule " + name + " is not tied to a criterion: add @criterion(\"…\") naming one"
                                        + " the manifest declares (" + declaredIds + ")")));
                continue;
            }
            if (criterion == null) {
                Phrase guess = Suggestions.didYouMean(rule.criterion(), declared.keySet());
                ties.add(new Problem(
                        at,
                        (language, spelling) -> language.pick(
                                        "quy tắc " + name + " gắn với tiêu chí '" + rule.criterion()
                                                + "' nhưng manifest không khai báo tiêu chí này",
                                        "rule " + name + " is tied to criterion '" + rule.criterion()
                                                + "', which the manifest does not declare")
                                + guess.in(language, spelling)
                                + language.pick(" (đã khai báo: ", " (declared: ")
                                + declaredIds + ")"));
                continue;
            }
            rule.decides().stream()
                    .filter(other -> !other.equals(criterion.id()))
                    .forEach(other -> ties.add(new Problem(
                            at,
                            Phrase.of(
                                    "quy tắc " + name + " gắn với tiêu chí '" + criterion.id()
                                            + "' nhưng quyết định tiêu chí '" + other + "'",
                                    "rule " + name + " is tied to criterion '" + criterion.id()
                                            + "' but decides criterion '" + other + "'"))));
            // The facts a reading's other choices need are the rule's to read as well.
            Set<String> readable = new java.util.HashSet<>(criterion.facts());
            rule.readings().forEach((id, line) -> {
                Optional<ReadingDefinition> reading = manifest.reading(id);
                if (reading.isEmpty() || reading.get().changesDecision()) {
                    String consultable = String.join(
                            ", ",
                            manifest.readings().stream()
                                    .filter(r -> !r.changesDecision())
                                    .map(ReadingDefinition::id)
                                    .toList());
                    facts.add(new Problem(
                            drl + ":" + line,
                            Phrase.of(
                                    "quy tắc " + name + " dựa vào cách hiểu '" + id + "' nhưng manifest không khai báo"
                                            + " đó là cách hiểu mà các quy tắc dựa vào (đã khai báo: " + consultable
                                            + ")",
                                    "rule " + name + " consults reading '" + id + "', which the manifest does not"
                                            + " declare as one the rules consult (declared: " + consultable + ")")));
                } else {
                    reading.get().choices().forEach(c -> readable.addAll(c.facts()));
                }
            });
            rule.facts().forEach((fact, line) -> {
                if (!readable.contains(fact)) {
                    String criterionFacts = String.join(", ", criterion.facts());
                    Phrase guess = Suggestions.didYouMean(
                            fact,
                            catalog.all().stream().map(FactDefinition::name).toList());
                    facts.add(new Problem(
                            drl + ":" + line,
                            (language, spelling) -> language.pick(
                                            "quy tắc " + name + " (tiêu chí '" + criterion.id() + "') đọc số liệu '"
                                                    + fact + "' nhưng manifest không khai báo số liệu này cho '"
                                                    + criterion.id() + "' (đã khai báo: " + criterionFacts + ")",
                                            "rule " + name + " (criterion '" + criterion.id() + "') reads fact '"
                                                    + fact + "', which the manifest does not declare for '"
                                                    + criterion.id() + "' (declared: " + criterionFacts + ")")
                                    + (catalog.contains(fact)
                                            ? ""
                                            : language.pick(
                                                            "; nó cũng không có trong danh mục số liệu",
                                                            "; nor is it in the fact catalog")
                                                    + guess.in(language, spelling))));
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
                        Phrase.of(
                                "cách hiểu '" + r.id() + "' không làm đổi quy tắc kết luận (không lựa chọn nào nói"
                                        + " đổi thế nào) cũng không làm đổi quy tắc nào: không quy tắc nào dựa vào nó"
                                        + " bằng reading($area, \"" + r.id() + "\", …)",
                                "reading '" + r.id() + "' changes neither the decision rule (no choice says how) nor"
                                        + " any rule: no rule consults it with reading($area, \"" + r.id()
                                        + "\", …)"))));
        Set<String> tied = outline.rules().stream()
                .map(DrlOutline.Rule::criterion)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        declared.keySet().stream()
                .filter(id -> !tied.contains(id))
                .forEach(id -> ties.add(new Problem(
                        drl,
                        Phrase.of(
                                "tiêu chí '" + id + "' được khai báo trong manifest nhưng không quy tắc nào quyết định"
                                        + " nó: không quy tắc nào có @criterion(\"" + id + "\")",
                                "criterion '" + id + "' is declared in the manifest but never decided: no rule has"
                                        + " @criterion(\"" + id + "\")"))));
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
                        Phrase.of(
                                "thư mục kế hoạch " + folder + " có manifest.yaml nhưng không được liệt kê ở đây, nên"
                                        + " không lệnh nào nạp nó: thêm dòng \"" + folder + "\"",
                                "plan folder " + folder + " has a manifest.yaml but is not listed here, so no command"
                                        + " loads it: add the line \"" + folder + "\"")));
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
                    String line = lines.get(i).strip();
                    problems.add(new Problem(
                            files.place(name) + ":" + (i + 1),
                            Phrase.of(
                                    "còn TODO, cần điền trước khi phát hành: " + line,
                                    "TODO left, to fill in before release: " + line)));
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
                                    Phrase.of(
                                            "số liệu '" + fact + "' (tiêu chí '" + criterion.id() + "') mới là bản"
                                                    + " nháp: đơn vị, nhãn hoặc ý nghĩa của nó vẫn ghi TODO",
                                            "fact '" + fact + "' (criterion '" + criterion.id() + "') is a stub:"
                                                    + " its unit, label or meaning still says TODO"))));
                }
            }
        }
        return problems;
    }

    private static String seen(Coverage coverage, String criterion, Language language) {
        String seen = Coverage.STATUSES.stream()
                .filter(s -> coverage.count(criterion, s) > 0)
                .map(s -> s.name() + " " + coverage.count(criterion, s))
                .collect(Collectors.joining(", "));
        return seen.isEmpty() ? language.pick("không có", "none") : seen;
    }

    private static CheckReport report(RuleSets.Entry entry, List<Problem> problems, Coverage coverage, Phrase notRun) {
        return new CheckReport(
                entry.reference(),
                entry.files().location(),
                entry.plan() == null ? null : entry.plan().sha256(),
                problems,
                coverage,
                notRun);
    }
}
