package vn.chuyenhoa.engine;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import vn.chuyenhoa.engine.choice.Reach;
import vn.chuyenhoa.engine.evaluation.CompiledRules;
import vn.chuyenhoa.engine.evaluation.ReadingAlternatives;
import vn.chuyenhoa.engine.evaluation.RuleSetHash;
import vn.chuyenhoa.engine.evaluation.Session;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.Manifests;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.ReadingChoice;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Suggestions;
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
    /** The readings each evaluation is asked under, worked out once: the chosen ones first of all. */
    private final Map<Map<String, String>, ReadingAlternatives> readings = new ConcurrentHashMap<>();

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
        Set<String> declared = new LinkedHashSet<>();
        manifest.criteria().forEach(c -> declared.addAll(c.facts()));
        manifest.readings().forEach(r -> r.choices().forEach(c -> declared.addAll(c.facts())));
        this.facts = Set.copyOf(declared);
        readings(manifest.chosenReadings());
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

    /** Every fact some criterion of this plan reads, under the chosen readings or an alternative. */
    public Set<String> facts() {
        return facts;
    }

    /** Compiles the rules now and checks them against the manifest, instead of on first evaluation. */
    public void verify() {
        rules.kieBase();
    }

    /** The rules, compiled; a draft's that do not compile are its author's input error, not a bug of the program. */
    private KieBase compiledForEvaluation() {
        try {
            return rules.kieBase();
        } catch (PlanLoadException e) {
            if (draftFolder == null) {
                throw e;
            }
            throw new InvalidInputException(
                    InputErrors.draftNotCompiled(draftFolder, manifest.reference(), e.phrase()));
        }
    }

    /**
     * Evaluates one area under the readings the rule set chose. Throws {@link InvalidInputException} when the facts'
     * year is outside the plan's period; throws {@link IllegalStateException} when the rule set itself misbehaves (a
     * bug). An area the plan does not reach is evaluated as a what-if, which its warnings say; {@link Plans#choose}
     * refuses it instead.
     */
    public Verdict evaluate(FactsFile input) {
        return evaluateAll(List.of(input)).get(0);
    }

    /** Evaluates one area under {@code readings} (reading id to choice; the rule set's choice for the others). */
    public Verdict evaluate(FactsFile input, Map<String, String> readings) {
        return evaluateAll(List.of(input), readings).get(0);
    }

    /** {@link #evaluateAll(List, Map)} under the readings the rule set chose. */
    public List<Verdict> evaluateAll(List<FactsFile> inputs) {
        return evaluateAll(inputs, Map.of());
    }

    /**
     * Evaluates many areas in one pass of the rules, much faster per area than one by one; the verdicts come
     * in the order of {@code inputs}. Each verdict also says under which alternative readings the area would be
     * decided otherwise: the rules fire once, and every reading's checks come back from that one firing.
     *
     * @param readings reading id to choice, for readings not to take as the rule set chose ({@code --reading})
     * @throws InvalidInputException for a reading or choice the plan does not declare, and listing every input
     *         whose year is outside the plan's period (see {@link #periodError}), before evaluating any
     */
    public List<Verdict> evaluateAll(List<FactsFile> inputs, Map<String, String> readings) {
        ReadingAlternatives alternatives =
                readings(inForce(readings, inputs.size() == 1 ? inputs.get(0).source() : null));
        List<InputError> errors = new ArrayList<>();
        for (FactsFile input : inputs) {
            periodError(input).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<AreaFacts> areas = new ArrayList<>(inputs.size());
        for (FactsFile input : inputs) {
            areas.add(AreaFacts.of(input, facts, alternatives.forRules()));
        }
        List<List<CriterionResult>> results = Session.fire(compiledForEvaluation(), areas);
        List<Verdict> verdicts = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            verdicts.add(verdict(inputs.get(i), byCriterion(inputs.get(i), results.get(i)), alternatives));
        }
        return verdicts;
    }

    private ReadingAlternatives readings(Map<String, String> inForce) {
        return readings.computeIfAbsent(inForce, r -> new ReadingAlternatives(manifest, r));
    }

    /**
     * The choice in force for every declared reading: the rule set's, but where {@code asked} names another. A
     * reading or choice the plan does not declare is an {@link InvalidInputException} at {@link
     * Parameter#READING}, with the closest name.
     *
     * @param file the file evaluated, for the message; or null
     */
    public Map<String, String> inForce(Map<String, String> asked, String file) {
        Map<String, String> inForce = new LinkedHashMap<>(manifest.chosenReadings());
        List<InputError> errors = new ArrayList<>();
        asked.forEach((id, choice) -> {
            Optional<ReadingDefinition> reading = manifest.reading(id);
            List<String> ids =
                    manifest.readings().stream().map(ReadingDefinition::id).toList();
            if (reading.isEmpty()) {
                errors.add(InputErrors.unknownReading(
                        file,
                        id,
                        manifest.reference(),
                        ids,
                        Suggestions.closest(id, ids).orElse(null)));
                return;
            }
            List<String> choices =
                    reading.get().choices().stream().map(ReadingChoice::id).toList();
            if (!choices.contains(choice)) {
                errors.add(InputErrors.unknownReadingChoice(
                        file,
                        id,
                        choice,
                        manifest.reference(),
                        choices,
                        Suggestions.closest(choice, choices).orElse(null)));
                return;
            }
            inForce.put(id, choice);
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return inForce;
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
    private Verdict verdict(FactsFile input, CriterionResult[] results, ReadingAlternatives alternatives) {
        ReadingAlternatives.Under main = alternatives.main();
        List<CriterionVerdict> all = criteria(results, main);
        Set<String> missing = null;
        for (CriterionVerdict verdict : all) {
            List<String> lacking = verdict.status() == Status.MISSING ? verdict.missingFacts() : List.of();
            if (!lacking.isEmpty()) {
                if (missing == null) {
                    missing = new LinkedHashSet<>();
                }
                missing.addAll(lacking);
            }
        }
        Decision decision = main.rule().decide(all);
        return new Verdict(
                manifest,
                sha256,
                input,
                decision,
                all,
                missing == null ? List.of() : List.copyOf(missing),
                warnings(input, main.readings()),
                draftFolder != null,
                main.readings(),
                decidedOtherwise(results, decision.outcome(), alternatives),
                manifest.finalEvaluation() != null && manifest.finalEvaluation().isInterim(input.year()));
    }

    private List<CriterionVerdict> criteria(CriterionResult[] results, ReadingAlternatives.Under under) {
        List<CriterionDefinition> definitions = manifest.criteria();
        CriterionVerdict[] criteria = new CriterionVerdict[definitions.size()];
        for (int i = 0; i < criteria.length; i++) {
            CriterionDefinition definition = definitions.get(i);
            criteria[i] = new CriterionVerdict(
                    definition,
                    results[i].status(),
                    results[i].findings(),
                    catalog,
                    definition.isDecisive() && !under.notCounted().contains(definition.id()));
        }
        return List.of(criteria);
    }

    /**
     * The alternatives under which the area is decided, and otherwise than {@code outcome}: each tried on its own,
     * the findings of a reading the rules consult taken from the same firing.
     */
    private List<ReadingAlternative> decidedOtherwise(
            CriterionResult[] results, Outcome outcome, ReadingAlternatives alternatives) {
        List<ReadingAlternative> otherwise = List.of();
        for (ReadingAlternatives.Alternative alternative : alternatives.alternatives()) {
            CriterionResult[] under = results;
            if (alternative.changesFindings()) {
                under = new CriterionResult[results.length];
                boolean changed = false;
                for (int i = 0; i < results.length; i++) {
                    under[i] = results[i].under(alternative.under().readings());
                    changed |= under[i].status() != results[i].status();
                }
                if (!changed) {
                    continue;
                }
            }
            Outcome other = alternative
                    .under()
                    .rule()
                    .decide(criteria(under, alternative.under()))
                    .outcome();
            if (other != Outcome.INDETERMINATE && other != outcome) {
                if (otherwise.isEmpty()) {
                    otherwise = new ArrayList<>();
                }
                otherwise.add(new ReadingAlternative(
                        alternative.reading(), alternative.chosen(), alternative.choice(), other));
            }
        }
        return otherwise;
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

    /**
     * In the order a reader needs them: a draft, a what-if outside the plan's reach and what the reach could not
     * check, readings other than the rule set's, facts the plan does not use.
     */
    private List<Warning> warnings(FactsFile input, Map<String, String> readingsUsed) {
        List<Warning> warnings = new ArrayList<>(0);
        if (draftFolder != null) {
            warnings.add(Warnings.draft(manifest.reference(), draftFolder));
        }
        Reach reach = Reach.of(manifest, input);
        if (!reach.reaches()) {
            warnings.add(Warnings.outsideReach(manifest.reference(), reach.misfitWords()));
        }
        warnings.addAll(reach.warnings());
        for (ReadingDefinition reading : manifest.readings()) {
            String used = readingsUsed.get(reading.id());
            if (!used.equals(reading.chosen())) {
                warnings.add(Warnings.readingAsked(reading.id(), used, reading.chosen()));
            }
        }
        for (String fact : input.facts().keySet()) {
            if (!facts.contains(fact)) {
                warnings.add(Warnings.unusedFact(fact, manifest.id()));
            }
        }
        return warnings.isEmpty() ? List.of() : warnings;
    }

    @Override
    public String toString() {
        return manifest.reference();
    }
}
