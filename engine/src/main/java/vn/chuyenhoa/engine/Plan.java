package vn.chuyenhoa.engine;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.chuyenhoa.engine.evaluation.CompiledRules;
import vn.chuyenhoa.engine.evaluation.DecisionRule;
import vn.chuyenhoa.engine.evaluation.RuleSetHash;
import vn.chuyenhoa.engine.evaluation.Session;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Warnings;
import vn.chuyenhoa.engine.rule.AreaFacts;
import vn.chuyenhoa.engine.rule.CriterionResult;

/**
 * One version of one plan's rule set: its manifest and its compiled rules. Thread-safe: the rules are
 * compiled once, on first use, and each evaluation runs in a session of its own.
 */
public final class Plan {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanManifest manifest;
    private final FactCatalog catalog;
    private final String sha256;
    private final CompiledRules rules;
    private final DecisionRule decisionRule;
    private final Set<String> facts;
    /** Each criterion's place in the manifest, where its result goes. */
    private final Map<String, Integer> criterionIndex;
    /** The folder of a draft given with {@code --rules}; null for a rule set the build shipped or a test compiled. */
    private final String draftFolder;

    Plan(PlanManifest manifest, FactCatalog catalog, String sha256, CompiledRules.Origin origin) {
        this(manifest, catalog, sha256, origin, null);
    }

    private Plan(
            PlanManifest manifest,
            FactCatalog catalog,
            String sha256,
            CompiledRules.Origin origin,
            String draftFolder) {
        this.draftFolder = draftFolder;
        this.manifest = manifest;
        this.catalog = catalog;
        this.sha256 = sha256;
        this.rules = new CompiledRules(manifest, origin);
        this.decisionRule = DecisionRule.of(manifest);
        Set<String> declared = new LinkedHashSet<>();
        manifest.criteria().forEach(c -> declared.addAll(c.facts()));
        this.facts = Set.copyOf(declared);
        Map<String, Integer> index = new HashMap<>();
        manifest.criteria().forEach(c -> index.putIfAbsent(c.id(), index.size()));
        this.criterionIndex = index;
    }

    /**
     * A plan compiled now (slower than the rule sets the build precompiled, {@link Plans#load()}) from a rule
     * set's files as an author writes them ({@code manifest.yaml} and
     * {@code rules.drl}, named in messages by {@code location}), identified by the same sha256 as when the
     * build ships those files: an author's copy that is byte for byte a shipped version is that version.
     * The DRL is compiled on first use; the manifest is read and checked now.
     */
    public static Plan compile(String location, byte[] manifestYaml, byte[] drl, FactCatalog catalog) {
        return compile(location, manifestYaml, drl, catalog, null);
    }

    /**
     * A draft rule set, as {@link #compile} makes it, from the folder an author gives ({@code --rules}): every
     * verdict under it says it is a draft, not an official verdict.
     */
    public static Plan draft(String location, byte[] manifestYaml, byte[] drl, FactCatalog catalog) {
        return compile(location, manifestYaml, drl, catalog, location);
    }

    private static Plan compile(
            String location, byte[] manifestYaml, byte[] drl, FactCatalog catalog, String draftFolder) {
        PlanManifest manifest = Manifests.readManifest(location + "/manifest.yaml", manifestYaml);
        Manifests.check(manifest, catalog);
        return new Plan(
                manifest,
                catalog,
                RuleSetHash.of(manifestYaml, drl),
                new CompiledRules.Drl(new String(drl, StandardCharsets.UTF_8)),
                draftFolder);
    }

    /** Whether this is a draft from an author's folder, not a released rule set. */
    public boolean isDraft() {
        return draftFolder != null;
    }

    public PlanManifest manifest() {
        return manifest;
    }

    public String id() {
        return manifest.id();
    }

    public String version() {
        return manifest.version();
    }

    /** The sha256 of the rule set: its manifest and DRL as shipped. */
    public String sha256() {
        return sha256;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** Every fact some criterion of this plan reads. */
    public Set<String> facts() {
        return facts;
    }

    /** Compiles the rules now and checks them against the manifest, instead of on first evaluation. */
    public void verify() {
        rules.kieBase();
    }

    /**
     * Evaluates one area. Throws {@link InvalidInputException} when the facts' year is outside the plan's
     * period; throws {@link IllegalStateException} when the rule set itself misbehaves (a bug).
     */
    public Verdict evaluate(FactsFile input) {
        return evaluateAll(List.of(input)).get(0);
    }

    /**
     * Evaluates many areas in one pass of the rules, much faster per area than one by one; the verdicts come
     * in the order of {@code inputs}. Throws {@link InvalidInputException} listing every input whose year is
     * outside the plan's period (see {@link #periodError}), before evaluating any.
     */
    public List<Verdict> evaluateAll(List<FactsFile> inputs) {
        List<InputError> errors = new ArrayList<>();
        for (FactsFile input : inputs) {
            periodError(input).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<AreaFacts> areas = new ArrayList<>(inputs.size());
        for (FactsFile input : inputs) {
            areas.add(AreaFacts.of(input, facts));
        }
        List<List<CriterionResult>> results = Session.fire(rules.kieBase(), areas);
        List<Verdict> verdicts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            verdicts.add(verdict(inputs.get(i), byCriterion(inputs.get(i), results.get(i))));
        }
        return verdicts;
    }

    /** The error for facts whose year is outside this plan's period, if it is. */
    public Optional<InputError> periodError(FactsFile input) {
        if (manifest.inForce().covers(input.year())) {
            return Optional.empty();
        }
        String period = DAY.format(manifest.inForce().from()) + " – "
                + DAY.format(manifest.inForce().to());
        return Optional.of(InputErrors.yearOutsidePlan(input.source(), input.year(), manifest.id(), period));
    }

    // The verdicts are built without copies: the lists are made immutable once, so that Verdict keeps them as
    // they are, and an area without missing facts or warnings shares the empty list (docs/performance.md).
    private Verdict verdict(FactsFile input, CriterionResult[] results) {
        List<CriterionDefinition> definitions = manifest.criteria();
        CriterionVerdict[] criteria = new CriterionVerdict[definitions.size()];
        Set<String> missing = null;
        for (int i = 0; i < criteria.length; i++) {
            CriterionDefinition definition = definitions.get(i);
            CriterionVerdict verdict =
                    new CriterionVerdict(definition, results[i].status(), results[i].findings(), catalog);
            criteria[i] = verdict;
            List<String> lacking = definition.isDecisive() ? verdict.missingFacts() : List.of();
            if (!lacking.isEmpty()) {
                if (missing == null) {
                    missing = new LinkedHashSet<>();
                }
                missing.addAll(lacking);
            }
        }
        List<CriterionVerdict> all = List.of(criteria);
        return new Verdict(
                manifest,
                sha256,
                input,
                decisionRule.decide(all),
                all,
                missing == null ? List.of() : List.copyOf(missing),
                warnings(input),
                draftFolder != null);
    }

    /** Exactly one result per declared criterion, in the manifest's order, or the rule set has a bug. */
    private CriterionResult[] byCriterion(FactsFile input, List<CriterionResult> results) {
        CriterionResult[] byCriterion = new CriterionResult[criterionIndex.size()];
        Set<String> undeclared = new LinkedHashSet<>();
        for (CriterionResult result : results) {
            Integer index = criterionIndex.get(result.criterion());
            boolean repeated = index == null ? !undeclared.add(result.criterion()) : byCriterion[index] != null;
            if (repeated) {
                throw new IllegalStateException(manifest.reference() + ": criterion '" + result.criterion()
                        + "' was decided more than once for " + input.source());
            }
            if (index != null) {
                byCriterion[index] = result;
            }
        }
        for (CriterionDefinition definition : manifest.criteria()) {
            if (byCriterion[criterionIndex.get(definition.id())] == null) {
                throw new IllegalStateException(manifest.reference() + ": no rule decided criterion '" + definition.id()
                        + "' for " + input.source());
            }
        }
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException(manifest.reference() + ": rules decided undeclared criteria " + undeclared);
        }
        return byCriterion;
    }

    private List<Warning> warnings(FactsFile input) {
        List<Warning> warnings = List.of();
        if (draftFolder != null) {
            warnings = new ArrayList<>();
            warnings.add(Warnings.draft(manifest.reference(), draftFolder));
        }
        for (String fact : input.facts().keySet()) {
            if (!facts.contains(fact)) {
                if (warnings.isEmpty()) {
                    warnings = new ArrayList<>();
                }
                warnings.add(Warnings.unusedFact(fact, manifest.id()));
            }
        }
        return warnings;
    }

    @Override
    public String toString() {
        return manifest.reference();
    }
}
