package vn.chuyenhoa.engine.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.evaluation.DecisionRule;
import vn.chuyenhoa.engine.facts.DocumentTree;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.facts.ParserWords;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * Reads manifests and the fact catalog, and refuses a manifest that is incomplete. Both are written in YAML;
 * the rules build also ships them as JSON ({@link PrecompiledManifests}), which starts faster and means the same.
 */
public final class Manifests {
    /** Where authors keep the fact catalog, for messages that send them there. */
    public static final String CATALOG_SOURCE = "rules/src/main/resources/chuyenhoa/facts.yaml";

    private static final JsonFactory JSON = new JsonFactory();

    /** Made only when a manifest is read as YAML: an author's, or a rules jar built without the JSON. */
    private static final class Yaml {
        static final JsonFactory FACTORY = new YAMLFactory();
    }

    private Manifests() {}

    /** A manifest as its author writes it, in YAML. */
    public static PlanManifest readManifest(String name, byte[] yaml) {
        return manifest(name, tree(name, yaml, Yaml.FACTORY));
    }

    /** A manifest as the rules build precompiled it, in JSON. */
    public static PlanManifest readPrecompiledManifest(String name, byte[] json) {
        return manifest(name, tree(name, json, JSON));
    }

    /** The fact catalog as written, in YAML. */
    public static FactCatalog readCatalog(String name, byte[] yaml) {
        return catalog(name, tree(name, yaml, Yaml.FACTORY));
    }

    /** The fact catalog as the rules build precompiled it, in JSON. */
    public static FactCatalog readPrecompiledCatalog(String name, byte[] json) {
        return catalog(name, tree(name, json, JSON));
    }

    /** The YAML text's tree, for {@link PrecompiledManifests} to write as JSON. */
    static JsonNode yamlTree(String name, byte[] yaml) {
        return tree(name, yaml, Yaml.FACTORY);
    }

    static PlanManifest manifest(String name, JsonNode tree) {
        try {
            return ManifestTree.manifest(tree);
        } catch (IllegalArgumentException e) {
            throw refused(name, "manifest không hợp lệ", "not a valid manifest", e);
        }
    }

    static FactCatalog catalog(String name, JsonNode tree) {
        try {
            return new FactCatalog(ManifestTree.facts(tree));
        } catch (IllegalArgumentException e) {
            throw refused(name, "danh mục số liệu không hợp lệ", "not a valid fact catalog", e);
        }
    }

    private static PlanLoadException refused(String name, String vi, String en, IllegalArgumentException refusal) {
        Phrase what = ManifestException.phraseOf(refusal);
        return new PlanLoadException((l, s) -> name + ": " + l.pick(vi, en) + ": " + what.in(l, s), refusal);
    }

    private static JsonNode tree(String name, byte[] text, JsonFactory notation) {
        try (JsonParser parser = notation.createParser(text)) {
            // A key written twice would keep its last value unseen, as a facts file's is refused.
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode tree = DocumentTree.read(parser);
            if (tree.isMissingNode()) {
                throw new PlanLoadException(Phrase.of(name + ": tệp rỗng", name + ": empty"));
            }
            return tree;
        } catch (JsonProcessingException e) {
            // One line in either language, as a facts file's syntax error is: the parser's words and where.
            Phrase where = ParserWords.where(e.getLocation());
            Phrase words = ParserWords.of(ParserWords.detail(e));
            throw new PlanLoadException(
                    (l, s) -> name + l.pick(": không đọc được", ": cannot be read") + where.in(l, s) + ": "
                            + words.in(l, s),
                    e);
        } catch (NumberFormatException e) {
            throw new PlanLoadException(
                    Phrase.of(
                            name + ": không đọc được: một số quá lớn hoặc viết sai",
                            name + ": cannot be read: " + e.getMessage()),
                    e);
        } catch (IOException e) {
            // The text is in memory: only its parse can fail, above.
            throw new UncheckedIOException(e);
        }
    }

    /** Every criterion has an id, a title, its facts in the catalog, and its source with a quote. */
    public static void check(PlanManifest manifest, FactCatalog catalog) {
        List<Phrase> problems = problems(manifest, catalog);
        if (!problems.isEmpty()) {
            String reference = manifest.id() + "@" + manifest.version();
            throw new PlanLoadException((l, s) -> l.pick("manifest của ", "manifest of ") + reference + ": "
                    + String.join("; ", problems.stream().map(p -> p.in(l, s)).toList()));
        }
    }

    /** What {@link #check} refuses, one problem per entry, each naming its criterion; empty when complete. */
    public static List<Phrase> problems(PlanManifest manifest, FactCatalog catalog) {
        List<Phrase> problems = new ArrayList<>();
        if (manifest.id() == null
                || manifest.version() == null
                || manifest.title() == null
                || manifest.inForce() == null
                || manifest.drlPackage() == null
                || manifest.decisionRule() == null) {
            problems.add(Phrase.of(
                    "cần khai báo id, version, title, in_force, drl_package và decision_rule",
                    "id, version, title, in_force, drl_package and decision_rule are required"));
        }
        for (String type : manifest.areaTypes()) {
            if (!FactsReader.AREA_TYPES.contains(type)) {
                String known = String.join(", ", FactsReader.AREA_TYPES);
                Phrase guess = Suggestions.didYouMean(type, FactsReader.AREA_TYPES);
                problems.add((l, s) -> l.pick(
                                "không có loại địa bàn '" + type + "' (các loại có: " + known + ")",
                                "area type '" + type + "' does not exist (known: " + known + ")")
                        + guess.in(l, s));
            }
        }
        Set<String> ids = new HashSet<>();
        for (CriterionDefinition criterion : manifest.criteria()) {
            Where where = new Where("tiêu chí '" + criterion.id() + "'", "criterion '" + criterion.id() + "'");
            if (criterion.id() == null || !ids.add(criterion.id())) {
                problems.add(where.says("thiếu id hoặc id bị trùng", "missing or repeated id"));
            }
            if (criterion.title() == null || criterion.group() == null || criterion.requirement() == null) {
                problems.add(where.says(
                        "cần khai báo title, group và requirement", "title, group and requirement are required"));
            }
            if (criterion.facts().isEmpty()) {
                problems.add(where.says("không nêu số liệu nào", "names no facts"));
            }
            for (String fact : criterion.facts()) {
                if (!catalog.contains(fact)) {
                    Phrase guess = Suggestions.didYouMean(
                            fact,
                            catalog.all().stream().map(FactDefinition::name).toList());
                    Phrase missing = where.says(
                            "số liệu '" + fact + "' không có trong danh mục số liệu (" + CATALOG_SOURCE + ")",
                            "fact '" + fact + "' is not in the fact catalog (" + CATALOG_SOURCE + ")");
                    problems.add((l, s) -> missing.in(l, s) + guess.in(l, s));
                }
            }
            Lacking lacking = lackingParts(criterion.source());
            if (!lacking.none()) {
                problems.add(where.says(
                        "nguồn thiếu " + String.join(", ", lacking.vi()) + " (nguồn cần có văn bản, mục và trích dẫn)",
                        "its source lacks " + String.join(", ", lacking.en())
                                + " (a source needs a document, a section and a quote)"));
            }
        }
        if (manifest.decisionRule() != null) {
            try {
                DecisionRule.of(manifest);
            } catch (IllegalArgumentException e) {
                problems.add(ManifestException.phraseOf(e));
            }
        }
        readingProblems(manifest, catalog, problems);
        if (manifest.fromReview() != null) {
            ReviewFigures review = manifest.fromReview();
            java.util.Optional<CriterionDefinition> criterion = manifest.criteria().stream()
                    .filter(c -> c.id().equals(review.criterion()))
                    .findFirst();
            if (criterion.isEmpty()) {
                problems.add(Phrase.of(
                        "from_review: tiêu chí '" + review.criterion() + "' chưa được khai báo",
                        "from_review: criterion '" + review.criterion() + "' is not declared"));
            } else {
                for (String fact : review.facts().values()) {
                    if (!criterion.get().facts().contains(fact)) {
                        problems.add(Phrase.of(
                                "from_review: số liệu '" + fact + "' không phải số liệu của tiêu chí '"
                                        + review.criterion() + "'",
                                "from_review: fact '" + fact + "' is not a fact of criterion '" + review.criterion()
                                        + "'"));
                    }
                }
            }
        }
        if (manifest.finalEvaluation() != null) {
            Lacking lacking = lackingParts(manifest.finalEvaluation().source());
            if (manifest.finalEvaluation().date() == null || !lacking.none()) {
                problems.add(Phrase.of(
                        "final_evaluation cần có ngày và nguồn gồm văn bản, mục và trích dẫn",
                        "final_evaluation needs a date and a source with a document, a section and a quote"));
            }
        }
        return problems;
    }

    /**
     * Each reading: an id of its own, its question, the plan's words, at least two choices with ids of their own, the
     * chosen one among them and why; an alternative's facts in the catalog. A reading that changes the decision rule
     * says how under each choice, and under the chosen one the rule is the manifest's {@code decision_rule} itself.
     */
    private static void readingProblems(PlanManifest manifest, FactCatalog catalog, List<Phrase> problems) {
        Set<String> ids = new HashSet<>();
        for (ReadingDefinition reading : manifest.readings()) {
            Where where = new Where("cách hiểu '" + reading.id() + "'", "reading '" + reading.id() + "'");
            if (reading.id() == null || !ids.add(reading.id())) {
                problems.add(where.says("thiếu id hoặc id bị trùng", "missing or repeated id"));
            }
            if (reading.question() == null
                    || reading.reason() == null
                    || reading.words().isEmpty()) {
                problems.add(where.says(
                        "cần khai báo question, words và reason", "question, words and reason are required"));
            }
            for (Quote quote : reading.words()) {
                if (blank(quote.section()) || blank(quote.quote())) {
                    problems.add(where.says(
                            "mỗi đoạn lời của kế hoạch trong words cần có mục và trích dẫn",
                            "each of its words needs a section and a quote"));
                }
            }
            Set<String> choices = new HashSet<>();
            for (ReadingChoice choice : reading.choices()) {
                if (choice.id() == null || !choices.add(choice.id()) || choice.text() == null) {
                    problems.add(where.says(
                            "lựa chọn '" + choice.id() + "' cần có id riêng và text",
                            "choice '" + choice.id() + "' needs an id of its own and a text"));
                }
                for (String fact : choice.facts()) {
                    if (!catalog.contains(fact)) {
                        problems.add(where.says(
                                "lựa chọn '" + choice.id() + "': số liệu '" + fact
                                        + "' không có trong danh mục số liệu (" + CATALOG_SOURCE + ")",
                                "choice '" + choice.id() + "': fact '" + fact + "' is not in the fact catalog ("
                                        + CATALOG_SOURCE + ")"));
                    }
                }
            }
            if (reading.choices().size() < 2) {
                problems.add(
                        where.says("một cách hiểu cần ít nhất hai lựa chọn", "a reading needs at least two choices"));
            }
            if (reading.choice(reading.chosen()).isEmpty()) {
                problems.add(where.says(
                        "chosen: '" + reading.chosen() + "' không phải một trong các lựa chọn " + choices,
                        "the chosen reading '" + reading.chosen() + "' is not one of its choices " + choices));
            }
            if (reading.changesDecision() && manifest.decisionRule() != null) {
                for (ReadingChoice choice : reading.choices()) {
                    if (choice.decision() == null) {
                        problems.add(where.says(
                                "lựa chọn '" + choice.id()
                                        + "' không nói quy tắc kết luận thay đổi thế nào (các lựa chọn khác có nói)",
                                "choice '" + choice.id()
                                        + "' does not say how the decision rule changes (its other choices do)"));
                        continue;
                    }
                    try {
                        DecisionRule.of(manifest, manifest.decisionRule().with(choice.decision()));
                    } catch (IllegalArgumentException e) {
                        Phrase why = ManifestException.phraseOf(e);
                        Phrase inChoice = where.says("lựa chọn '" + choice.id() + "'", "choice '" + choice.id() + "'");
                        problems.add((l, s) -> inChoice.in(l, s) + ": " + why.in(l, s));
                    }
                }
                reading.choice(reading.chosen())
                        .filter(c -> c.decision() != null
                                && !manifest.decisionRule().with(c.decision()).equals(manifest.decisionRule()))
                        .ifPresent(c -> problems.add(where.says(
                                "theo lựa chọn '" + c.id()
                                        + "' (chosen), quy tắc kết luận phải đúng như decision_rule của manifest",
                                "under the chosen reading '" + c.id()
                                        + "' the decision rule must be the manifest's decision_rule as written")));
            }
        }
    }

    /** What a problem is about ("criterion 'sub-4'"), in Vietnamese and English. */
    private record Where(String vi, String en) {
        Phrase says(String viWhat, String enWhat) {
            return Phrase.of(vi + ": " + viWhat, en + ": " + enWhat);
        }
    }

    /** The parts a source lacks, named in Vietnamese and English. */
    private record Lacking(List<String> vi, List<String> en) {
        boolean none() {
            return en.isEmpty();
        }
    }

    private static Lacking lackingParts(Source source) {
        Lacking lacking = new Lacking(new ArrayList<>(), new ArrayList<>());
        if (source == null || blank(source.document())) {
            lacking.vi().add("văn bản");
            lacking.en().add("a document");
        }
        if (source == null || blank(source.section())) {
            lacking.vi().add("mục");
            lacking.en().add("a section");
        }
        if (source == null
                || blank(source.quote())
                || source.moreQuotes().stream().anyMatch(q -> blank(q.section()) || blank(q.quote()))) {
            lacking.vi().add("trích dẫn");
            lacking.en().add("a quote");
        }
        return lacking;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
