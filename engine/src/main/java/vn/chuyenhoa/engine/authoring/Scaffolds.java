package vn.chuyenhoa.engine.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactKind;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Shown;
import vn.chuyenhoa.engine.output.OutputFiles;

/**
 * The first files of a new rule-set version or a new plan, in the repository's source tree, so that adding one
 * takes no Java: a new version is the one before it renumbered (manifest, DRL package, golden cases), with its
 * index line and a CHANGELOG stub; a new plan is a skeleton of manifest, DRL, golden cases and plan page whose
 * every blank says TODO, with catalog stubs for its new facts. {@code check} refuses a TODO, so nothing
 * half-written is released; the skeleton loads, so that {@code check} and {@code test} help while it is filled in.
 */
public final class Scaffolds {
    private static final String VERSION = "\\d+\\.\\d+\\.\\d+";
    private static final String PLAN_ID = "[A-Z0-9]+(-[A-Z0-9]+)*";
    private static final String TODO = "TODO";

    private final RulesSourceTree tree;

    public Scaffolds(RulesSourceTree tree) {
        this.tree = tree;
    }

    /**
     * What a scaffold wrote, as paths from the repository's root, in the order written.
     *
     * @param copiedFrom the version a new version was copied from; null for a new plan
     */
    public record Written(List<String> files, String copiedFrom) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Version {@code version} of plan {@code id}: a copy of the highest version below it, renumbered. The index
     * gets its line and CHANGELOG.md a stub entry to fill in.
     */
    public Written newVersion(String id, String version) {
        if (!version.matches(VERSION)) {
            throw new InvalidInputException(InputErrors.versionMalformed(version));
        }
        Path planFolder = tree.rules().resolve("plans").resolve(id);
        List<String> versions = versions(planFolder);
        if (versions.isEmpty()) {
            throw new InvalidInputException(InputErrors.noPlanToVersion(
                    id, RulesSourceTree.RULES.resolve("plans").toString()));
        }
        if (versions.contains(version)) {
            throw new InvalidInputException(InputErrors.versionExists(id + "@" + version));
        }
        String from = versions.stream()
                .filter(v -> Plans.compareVersions(v, version) < 0)
                .max(Plans::compareVersions)
                .orElseThrow(() -> new InvalidInputException(InputErrors.noVersionBelow(id, version)));
        Path source = planFolder.resolve(from);
        Path target = planFolder.resolve(version);
        String newPackage = ".v" + version.replace('.', '_');
        List<String> written = new ArrayList<>();
        create(
                target.resolve(RuleSetFiles.MANIFEST),
                text(source.resolve(RuleSetFiles.MANIFEST))
                        .replaceFirst("(?m)^version: " + from.replace(".", "\\.") + "$", "version: " + version)
                        .replaceFirst("(?m)^(drl_package: \\S+?)\\.v\\d+_\\d+_\\d+$", "$1" + newPackage),
                written);
        create(
                target.resolve(RuleSetFiles.DRL),
                text(source.resolve(RuleSetFiles.DRL))
                        .replaceFirst("(?m)^(package \\S+?)\\.v\\d+_\\d+_\\d+;", "$1" + newPackage + ";")
                        .replace("rule set " + from, "rule set " + version),
                written);
        if (Files.exists(source.resolve(RuleSetFiles.GOLDEN))) {
            create(
                    target.resolve(RuleSetFiles.GOLDEN),
                    text(source.resolve(RuleSetFiles.GOLDEN)).replace(id + "@" + from, id + "@" + version),
                    written);
        }
        addIndexLine(id + "/" + version, written);
        addChangelogEntry(
                id,
                "### " + version + " — " + TODO + ": date\n"
                        + "- " + TODO
                        + ": what changed, naming the criteria (ids, sections of the plan) and the decision"
                        + " rule; which areas' verdicts it can change, for which evaluation years (`chuyenhoa diff`).\n",
                written);
        return new Written(written, from);
    }

    /** What a new plan's scaffold knows already; anything null is left to fill in (TODO). */
    public record PlanOutline(
            String province,
            String district,
            String area,
            List<String> areaTypes,
            LocalDate from,
            LocalDate to,
            List<String> counts,
            List<String> flags) {
        public PlanOutline {
            areaTypes = areaTypes == null ? List.of() : List.copyOf(areaTypes);
            counts = counts == null ? List.of() : List.copyOf(counts);
            flags = flags == null ? List.of() : List.copyOf(flags);
        }
    }

    /**
     * Plan {@code id}, version 1.0.0: manifest, DRL, golden cases and plan page with one criterion reading every
     * fact of {@code outline} (a count at least 1, a flag true, as placeholders), catalog stubs for the facts the
     * catalog lacks, the index line and a CHANGELOG section.
     */
    public Written newPlan(String id, PlanOutline outline, FactCatalog catalog) {
        if (!id.matches(PLAN_ID)) {
            throw new InvalidInputException(InputErrors.planIdMalformed(id));
        }
        Path folder = tree.rules().resolve("plans").resolve(id);
        if (Files.exists(folder)) {
            throw new InvalidInputException(InputErrors.planExists(id));
        }
        if (outline.counts().isEmpty() && outline.flags().isEmpty()) {
            throw new InvalidInputException(InputErrors.planWithoutFacts());
        }
        for (String type : outline.areaTypes()) {
            if (!FactsReader.AREA_TYPES.contains(type)) {
                throw new InvalidInputException(FactsReader.unknownAreaType(null, "area_types", null, type));
            }
        }
        List<String> facts = new ArrayList<>(outline.counts());
        facts.addAll(outline.flags());
        for (String fact : facts) {
            FactKind kind = outline.counts().contains(fact) ? FactKind.COUNT : FactKind.FLAG;
            catalog.find(fact).filter(d -> d.kind() != kind).ifPresent(d -> {
                throw new InvalidInputException(
                        InputErrors.factOfAnotherKind(fact, d.kind().name().toLowerCase(Locale.ROOT)));
            });
        }
        String drlPackage = "vn.chuyenhoa.plans.p" + id.toLowerCase(Locale.ROOT).replace('-', '_') + ".v1_0_0";
        int year = outline.from() != null
                ? outline.from().getYear()
                : LocalDate.now(java.time.ZoneOffset.UTC).getYear();
        Path version = folder.resolve("1.0.0");
        List<String> written = new ArrayList<>();
        create(version.resolve(RuleSetFiles.MANIFEST), manifest(id, outline, facts, drlPackage), written);
        create(version.resolve(RuleSetFiles.DRL), drl(id, outline, drlPackage), written);
        create(version.resolve(RuleSetFiles.GOLDEN), golden(id, outline, year), written);
        List<String> stubs = facts.stream().filter(f -> !catalog.contains(f)).toList();
        if (!stubs.isEmpty()) {
            appendCatalogStubs(id, stubs, outline, written);
        }
        addIndexLine(id + "/1.0.0", written);
        addChangelogEntry(
                id,
                "### 1.0.0 — " + TODO + ": date\n- " + TODO + ": first encoding of …: the criteria (ids,"
                        + " sections of the plan), the decision rule, the periods (evaluation years).\n",
                written);
        create(tree.repository().resolve("docs/plans/" + id + ".md"), page(id, outline), written);
        return new Written(written, null);
    }

    private static String manifest(String id, PlanOutline o, List<String> facts, String drlPackage) {
        StringBuilder m = new StringBuilder();
        m.append("# Plan ")
                .append(id)
                .append(": ")
                .append(TODO)
                .append(": the instrument in one line. Choices where the text is open: docs/plans/")
                .append(id)
                .append(".md\n");
        m.append("id: ").append(id).append("\nversion: 1.0.0\n");
        m.append("title:\n  vi: \"")
                .append(TODO)
                .append(": tên kế hoạch\"\n  en: \"")
                .append(TODO)
                .append(": the plan's title\"\n");
        m.append("document: \"").append(TODO).append(": Kế hoạch số …/KH-… ngày … của …\"\n");
        m.append("issuer: \"").append(TODO).append(": cơ quan ban hành\"\n");
        m.append("date: 2000-01-01  # ").append(TODO).append(": the document's date\n");
        m.append("jurisdiction:\n  province: \"")
                .append(o.province() == null ? TODO + ": tỉnh" : o.province())
                .append("\"\n");
        if (o.district() != null) {
            m.append("  district: \"").append(o.district()).append("\"\n");
        }
        if (o.area() != null) {
            m.append("  area: \"").append(o.area()).append("\"\n");
        }
        m.append("area_types: [").append(String.join(", ", o.areaTypes())).append("]");
        if (o.areaTypes().isEmpty()) {
            m.append("  # ").append(TODO).append(": TTATXH, LOAI_1 … LOAI_4; none for a city's year");
        }
        m.append("\nin_force:\n");
        m.append("  from: ")
                .append(o.from() == null ? "2000-01-01  # " + TODO : o.from())
                .append('\n');
        m.append("  to: ")
                .append(o.to() == null ? "2000-12-31  # " + TODO : o.to())
                .append('\n');
        m.append("drl_package: ").append(drlPackage).append('\n');
        m.append("decision_rule:\n  kind: every_decisive  # ")
                .append(TODO)
                .append(": or at_least_share with group, percent and conditions, or scorecard (a city's year: each"
                        + " criterion a lead_unit) (docs/adding-a-plan.md)\n");
        m.append("  text:\n    vi: \"")
                .append(TODO)
                .append(": quy tắc kết luận, trích văn bản\"\n    en: \"")
                .append(TODO)
                .append(": the decision rule, quoting the plan\"\n");
        m.append("criteria:\n  - id: criterion-1  # ").append(TODO).append(": a short stable id, e.g. main-1\n");
        m.append("    title:\n      vi: \"")
                .append(TODO)
                .append(": tiêu chí\"\n      en: \"")
                .append(TODO)
                .append(": the criterion\"\n");
        m.append("    group: main  # ").append(TODO).append(": main, sub, condition, general, target or other\n");
        m.append("    facts: [").append(String.join(", ", facts)).append("]\n");
        m.append("    requirement:\n      vi: \"")
                .append(TODO)
                .append(": ngưỡng, bằng lời\"\n      en: \"")
                .append(TODO)
                .append(": the threshold in words\"\n");
        m.append("    source:\n      document: \"")
                .append(TODO)
                .append("\"\n      section: \"")
                .append(TODO)
                .append("\"\n      quote: \"")
                .append(TODO)
                .append(": the plan's words, copied word for word\"\n");
        return m.toString();
    }

    private static String drl(String id, PlanOutline o, String drlPackage) {
        List<String> checks = new ArrayList<>();
        o.counts().forEach(f -> checks.add("atLeast($area, \"" + f + "\", 1)"));
        o.flags().forEach(f -> checks.add("isTrue($area, \"" + f + "\")"));
        return "// Plan " + id
                + ", rule set 1.0.0. One rule per criterion of manifest.yaml, tied to it by @criterion;\n"
                + "// the checks are three-valued (docs/adding-a-plan.md, the table of the plan's words and the checks).\n"
                + "package " + drlPackage + ";\n\n"
                + "import vn.chuyenhoa.engine.rule.AreaFacts;\n"
                + "import static vn.chuyenhoa.engine.rule.Checks.*;\n\n"
                + "rule \"" + TODO + ": the criterion in words\"\n"
                + "    @criterion(\"criterion-1\")\n"
                + "when\n"
                + "    $area : AreaFacts()\n"
                + "then\n"
                + "    // " + TODO + ": the checks the plan's words ask for (these placeholders only read each fact).\n"
                + "    insert(criterion(" + String.join(", ", checks) + "));\n"
                + "end\n";
    }

    private static String golden(String id, PlanOutline o, int year) {
        StringBuilder g = new StringBuilder();
        g.append("# Golden cases for ")
                .append(id)
                .append("@1.0.0. Each case starts from `base`, where every")
                .append(" criterion is met, changes some facts (null removes one), and states the whole verdict.\n");
        g.append("# ")
                .append(TODO)
                .append(": cases on both sides of every threshold, at the boundary; MISSING and")
                .append(" NOT_APPLICABLE where a criterion can be so.\n");
        g.append("plan: ").append(id).append("@1.0.0\n");
        g.append("base:\n  plan: ").append(id).append('\n');
        g.append("  area: {name: \"").append(o.area() == null ? TODO : o.area()).append("\"");
        if (o.district() != null) {
            g.append(", district: \"").append(o.district()).append('"');
        }
        g.append(", province: \"")
                .append(o.province() == null ? TODO : o.province())
                .append("\"");
        if (!o.areaTypes().isEmpty()) {
            g.append(", types: [").append(String.join(", ", o.areaTypes())).append(']');
        }
        g.append("}\n  year: ").append(year).append("\n  facts:\n");
        o.counts()
                .forEach(f -> g.append("    ")
                        .append(f)
                        .append(": 1  # ")
                        .append(TODO)
                        .append('\n'));
        o.flags()
                .forEach(f -> g.append("    ")
                        .append(f)
                        .append(": true  # ")
                        .append(TODO)
                        .append('\n'));
        String first = o.counts().isEmpty() ? o.flags().get(0) : o.counts().get(0);
        String failing = o.counts().isEmpty() ? "false" : "0";
        g.append("cases:\n");
        g.append("  - rule: \"")
                .append(TODO)
                .append(": a sentence stating the rule this case shows; it names the test\"\n");
        g.append("    outcome: PASS\n    criteria: {criterion-1: PASS}\n");
        g.append("  - rule: \"").append(TODO).append(": the case where criterion-1 is not met\"\n");
        g.append("    facts: {").append(first).append(": ").append(failing).append("}\n");
        g.append("    outcome: FAIL\n    criteria: {criterion-1: FAIL}\n");
        return g.toString();
    }

    private static String page(String id, PlanOutline o) {
        String place = (o.area() == null ? "" : o.area() + ", ")
                + (o.district() == null ? "" : o.district() + ", ")
                + (o.province() == null ? TODO : o.province());
        return "# " + id + " — " + TODO + ": title\n\n"
                + "| | |\n|---|---|\n"
                + "| Document | " + TODO + ": number, date, issuer |\n"
                + "| Jurisdiction | " + place + " |\n"
                + "| Area types | " + (o.areaTypes().isEmpty() ? TODO : String.join(", ", o.areaTypes())) + " |\n"
                + "| In force | " + (o.from() == null ? TODO : o.from() + " – " + o.to()) + " |\n"
                + "| Rule set | `" + id + "@1.0.0`, `rules/src/main/resources/chuyenhoa/plans/" + id + "/1.0.0/` |\n\n"
                + "## Criteria\n\n| id | group | requirement | source |\n|---|---|---|---|\n"
                + "| `criterion-1` | " + TODO + " | " + TODO + " | " + TODO + " |\n\n"
                + "## Decision rule\n\n" + TODO + ": how the criteria combine, quoting the plan.\n\n"
                + "## Readings\n\n" + TODO + ": where the text is open, the question, the plan's words, the reading"
                + " chosen and why, and the alternatives.\n\n"
                + "## Not encoded\n\n" + TODO + ": what the plan asks that no figure can decide, and why.\n";
    }

    private void appendCatalogStubs(String id, List<String> stubs, PlanOutline o, List<String> written) {
        Path catalog = tree.rules().resolve("facts.yaml");
        StringBuilder text = new StringBuilder(text(catalog));
        text.append("\n# ── ")
                .append(id)
                .append(" ── ")
                .append(TODO)
                .append(": each new fact's unit, label and meaning; one name, one meaning everywhere\n");
        for (String fact : stubs) {
            boolean count = o.counts().contains(fact);
            text.append("- name: ")
                    .append(fact)
                    .append("\n  kind: ")
                    .append(count ? "count" : "flag")
                    .append('\n');
            if (count) {
                text.append("  unit:\n    vi: \"")
                        .append(TODO)
                        .append("\"\n    en: \"")
                        .append(TODO)
                        .append("\"\n    en_one: \"")
                        .append(TODO)
                        .append("\"\n");
            }
            text.append("  label:\n    vi: \"")
                    .append(TODO)
                    .append("\"\n    en: \"")
                    .append(TODO)
                    .append("\"\n");
            text.append("  meaning:\n    vi: \"")
                    .append(TODO)
                    .append("\"\n    en: \"")
                    .append(TODO)
                    .append("\"\n");
        }
        edit(catalog, text.toString(), written);
    }

    private void addIndexLine(String folder, List<String> written) {
        Path index = tree.rules().resolve("plans.index");
        List<String> lines = new ArrayList<>(text(index).lines().toList());
        String id = folder.substring(0, folder.indexOf('/'));
        int at = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + "/")) {
                at = i + 1;
            }
        }
        lines.add(at, folder);
        edit(index, String.join("\n", lines) + "\n", written);
    }

    /** The entry under the plan's {@code ## ID} section, newest first; a new section at the end for a new plan. */
    private void addChangelogEntry(String id, String entry, List<String> written) {
        Path changelog = tree.repository().resolve(RuleSetChangelog.FILE);
        List<String> lines = new ArrayList<>(text(changelog).lines().toList());
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## " + id + " ") || lines.get(i).equals("## " + id)) {
                heading = i;
            }
        }
        if (heading < 0) {
            lines.add("");
            lines.add("## " + id + " — " + TODO + ": the document, its date and place");
            lines.add("");
            lines.addAll(entry.lines().toList());
        } else {
            int at = heading + 1;
            while (at < lines.size() && lines.get(at).isBlank()) {
                at++;
            }
            List<String> added = new ArrayList<>(entry.lines().toList());
            added.add("");
            lines.addAll(at, added);
        }
        edit(changelog, String.join("\n", lines) + "\n", written);
    }

    private static List<String> versions(Path planFolder) {
        if (!Files.isDirectory(planFolder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(planFolder)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(RuleSetFiles.MANIFEST)))
                    .map(p -> p.getFileName().toString())
                    .filter(v -> v.matches(VERSION))
                    .sorted(Comparator.comparing(v -> v, Plans::compareVersions))
                    .toList();
        } catch (IOException e) {
            throw new InvalidInputException(InputErrors.folderUnreadable(planFolder.toString(), Shown.reason(e)));
        }
    }

    private static String text(Path file) {
        return new String(RulesSourceTree.read(file), StandardCharsets.UTF_8);
    }

    /** A file the scaffold adds: never one that is there already. */
    private void create(Path file, String text, List<String> written) {
        write(OutputFiles.CREATE, file, text, written);
    }

    /** A file of the repository the scaffold adds a line or an entry to. */
    private void edit(Path file, String text, List<String> written) {
        write(OutputFiles.EDIT, file, text, written);
    }

    private void write(OutputFiles files, Path file, String text, List<String> written) {
        files.write(file, out -> out.write(text));
        written.add(tree.repository().relativize(file).toString().replace('\\', '/'));
    }
}
