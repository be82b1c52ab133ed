package vn.chuyenhoa.engine.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.evaluation.DecisionRule;
import vn.chuyenhoa.engine.facts.DocumentTree;
import vn.chuyenhoa.engine.facts.FactsReader;
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
            throw new PlanLoadException(name + ": not a valid manifest: " + e.getMessage(), e);
        }
    }

    static FactCatalog catalog(String name, JsonNode tree) {
        try {
            return new FactCatalog(ManifestTree.facts(tree));
        } catch (IllegalArgumentException e) {
            throw new PlanLoadException(name + ": not a valid fact catalog: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(String name, byte[] text, JsonFactory notation) {
        try (JsonParser parser = notation.createParser(text)) {
            JsonNode tree = DocumentTree.read(parser);
            if (tree.isMissingNode()) {
                throw new PlanLoadException(name + ": empty");
            }
            return tree;
        } catch (IOException | NumberFormatException e) {
            throw new PlanLoadException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every criterion has an id, a title, its facts in the catalog, and its source with a quote. */
    public static void check(PlanManifest manifest, FactCatalog catalog) {
        List<String> problems = problems(manifest, catalog);
        if (!problems.isEmpty()) {
            throw new PlanLoadException(
                    "manifest of " + manifest.id() + "@" + manifest.version() + ": " + String.join("; ", problems));
        }
    }

    /** What {@link #check} refuses, one problem per entry, each naming its criterion; empty when complete. */
    public static List<String> problems(PlanManifest manifest, FactCatalog catalog) {
        List<String> problems = new ArrayList<>();
        if (manifest.id() == null
                || manifest.version() == null
                || manifest.title() == null
                || manifest.inForce() == null
                || manifest.drlPackage() == null
                || manifest.decisionRule() == null) {
            problems.add("id, version, title, in_force, drl_package and decision_rule are required");
        }
        for (String type : manifest.areaTypes()) {
            if (!FactsReader.AREA_TYPES.contains(type)) {
                problems.add(
                        "area type '" + type + "' does not exist (known: " + String.join(", ", FactsReader.AREA_TYPES)
                                + ")"
                                + Suggestions.closest(type, FactsReader.AREA_TYPES)
                                        .map(s -> " (did you mean '" + s + "'?)")
                                        .orElse(""));
            }
        }
        Set<String> ids = new HashSet<>();
        for (CriterionDefinition criterion : manifest.criteria()) {
            String where = "criterion '" + criterion.id() + "'";
            if (criterion.id() == null || !ids.add(criterion.id())) {
                problems.add(where + ": missing or repeated id");
            }
            if (criterion.title() == null || criterion.group() == null || criterion.requirement() == null) {
                problems.add(where + ": title, group and requirement are required");
            }
            if (criterion.facts().isEmpty()) {
                problems.add(where + ": names no facts");
            }
            for (String fact : criterion.facts()) {
                if (!catalog.contains(fact)) {
                    problems.add(where + ": fact '" + fact + "' is not in the fact catalog ("
                            + CATALOG_SOURCE + ")"
                            + Suggestions.closest(
                                            fact,
                                            catalog.all().stream()
                                                    .map(FactDefinition::name)
                                                    .toList())
                                    .map(s -> " (did you mean '" + s + "'?)")
                                    .orElse(""));
                }
            }
            List<String> lacking = lackingParts(criterion.source());
            if (!lacking.isEmpty()) {
                problems.add(where + ": its source lacks " + String.join(", ", lacking)
                        + " (a source needs a document, a section and a quote)");
            }
        }
        if (manifest.decisionRule() != null) {
            try {
                DecisionRule.of(manifest);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        readingProblems(manifest, catalog, problems);
        if (manifest.fromReview() != null) {
            ReviewFigures review = manifest.fromReview();
            java.util.Optional<CriterionDefinition> criterion = manifest.criteria().stream()
                    .filter(c -> c.id().equals(review.criterion()))
                    .findFirst();
            if (criterion.isEmpty()) {
                problems.add("from_review: criterion '" + review.criterion() + "' is not declared");
            } else {
                for (String fact : review.facts().values()) {
                    if (!criterion.get().facts().contains(fact)) {
                        problems.add("from_review: fact '" + fact + "' is not a fact of criterion '"
                                + review.criterion() + "'");
                    }
                }
            }
        }
        if (manifest.finalEvaluation() != null) {
            List<String> lacking = lackingParts(manifest.finalEvaluation().source());
            if (manifest.finalEvaluation().date() == null || !lacking.isEmpty()) {
                problems.add("final_evaluation needs a date and a source with a document, a section and a quote");
            }
        }
        return problems;
    }

    /**
     * Each reading: an id of its own, its question, the plan's words, at least two choices with ids of their own, the
     * chosen one among them and why; an alternative's facts in the catalog. A reading that changes the decision rule
     * says how under each choice, and under the chosen one the rule is the manifest's {@code decision_rule} itself.
     */
    private static void readingProblems(PlanManifest manifest, FactCatalog catalog, List<String> problems) {
        Set<String> ids = new HashSet<>();
        for (ReadingDefinition reading : manifest.readings()) {
            String where = "reading '" + reading.id() + "'";
            if (reading.id() == null || !ids.add(reading.id())) {
                problems.add(where + ": missing or repeated id");
            }
            if (reading.question() == null
                    || reading.reason() == null
                    || reading.words().isEmpty()) {
                problems.add(where + ": question, words and reason are required");
            }
            for (Quote quote : reading.words()) {
                if (blank(quote.section()) || blank(quote.quote())) {
                    problems.add(where + ": each of its words needs a section and a quote");
                }
            }
            Set<String> choices = new HashSet<>();
            for (ReadingChoice choice : reading.choices()) {
                if (choice.id() == null || !choices.add(choice.id()) || choice.text() == null) {
                    problems.add(where + ": choice '" + choice.id() + "' needs an id of its own and a text");
                }
                for (String fact : choice.facts()) {
                    if (!catalog.contains(fact)) {
                        problems.add(where + ": choice '" + choice.id() + "': fact '" + fact
                                + "' is not in the fact catalog (" + CATALOG_SOURCE + ")");
                    }
                }
            }
            if (reading.choices().size() < 2) {
                problems.add(where + ": a reading needs at least two choices");
            }
            if (reading.choice(reading.chosen()).isEmpty()) {
                problems.add(
                        where + ": the chosen reading '" + reading.chosen() + "' is not one of its choices " + choices);
            }
            if (reading.changesDecision() && manifest.decisionRule() != null) {
                for (ReadingChoice choice : reading.choices()) {
                    if (choice.decision() == null) {
                        problems.add(where + ": choice '" + choice.id()
                                + "' does not say how the decision rule changes (its other choices do)");
                        continue;
                    }
                    try {
                        DecisionRule.of(manifest, manifest.decisionRule().with(choice.decision()));
                    } catch (IllegalArgumentException e) {
                        problems.add(where + ": choice '" + choice.id() + "': " + e.getMessage());
                    }
                }
                reading.choice(reading.chosen())
                        .filter(c -> c.decision() != null
                                && !manifest.decisionRule().with(c.decision()).equals(manifest.decisionRule()))
                        .ifPresent(c -> problems.add(where + ": under the chosen reading '" + c.id()
                                + "' the decision rule must be the manifest's decision_rule as written"));
            }
        }
    }

    private static List<String> lackingParts(Source source) {
        List<String> lacking = new ArrayList<>();
        if (source == null || blank(source.document())) {
            lacking.add("a document");
        }
        if (source == null || blank(source.section())) {
            lacking.add("a section");
        }
        if (source == null
                || blank(source.quote())
                || source.moreQuotes().stream().anyMatch(q -> blank(q.section()) || blank(q.quote()))) {
            lacking.add("a quote");
        }
        return lacking;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
