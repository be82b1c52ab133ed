package vn.chuyenhoa.engine;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import vn.chuyenhoa.engine.plan.CriterionDefinition;
import vn.chuyenhoa.engine.plan.FactCatalog;
import vn.chuyenhoa.engine.plan.PlanManifest;
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
    private final RuleBase rules;
    private final DecisionRule decisionRule;
    private final Set<String> facts;

    Plan(PlanManifest manifest, FactCatalog catalog, String sha256, RuleBase.Origin origin) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.sha256 = sha256;
        this.rules = new RuleBase(manifest, origin);
        this.decisionRule = DecisionRule.of(manifest.decisionRule());
        Set<String> declared = new LinkedHashSet<>();
        manifest.criteria().forEach(c -> declared.addAll(c.facts()));
        this.facts = Set.copyOf(declared);
    }

    /**
     * A plan compiled now from DRL text, for authoring a rule set and for tests; slower than the rule sets
     * the build precompiled ({@link Plans#load()}).
     */
    public static Plan compile(PlanManifest manifest, String drl, FactCatalog catalog) {
        Manifests.check(manifest, catalog);
        return new Plan(manifest, catalog, RuleSetHash.of(manifest.toString(), drl), new RuleBase.Drl(drl));
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
        requireInForce(input);
        Map<String, CriterionResult> results = fire(input);
        List<CriterionVerdict> criteria = new ArrayList<>();
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (CriterionDefinition definition : manifest.criteria()) {
            CriterionResult result = results.get(definition.id());
            CriterionVerdict verdict = new CriterionVerdict(definition, result.status(), result.findings(), catalog);
            criteria.add(verdict);
            if (definition.isDecisive()) {
                missing.addAll(verdict.missingFacts());
            }
        }
        return new Verdict(manifest, sha256, input, decisionRule.decide(criteria), criteria,
                new ArrayList<>(missing), warnings(input));
    }

    /** Throws {@link InvalidInputException} when the facts' year is outside the plan's period. */
    public void requireInForce(FactsFile input) {
        if (!manifest.inForce().covers(input.year())) {
            throw new InvalidInputException(new InputError(input.source(), "$.year",
                    "năm " + input.year() + " nằm ngoài thời gian hiệu lực của kế hoạch " + manifest.id()
                            + " (" + DAY.format(manifest.inForce().from()) + " – " + DAY.format(manifest.inForce().to()) + ")",
                    "the year " + input.year() + " is outside the period of plan " + manifest.id()
                            + " (" + DAY.format(manifest.inForce().from()) + " – " + DAY.format(manifest.inForce().to()) + ")",
                    null));
        }
    }

    private Map<String, CriterionResult> fire(FactsFile input) {
        KieSession session = rules.kieBase().newKieSession();
        Collection<?> inserted;
        try {
            session.insert(new AreaFacts(input.area().province(), input.area().types(), input.year(),
                    input.facts(), facts));
            session.fireAllRules();
            // A live view of the session: copy it before the session is disposed.
            inserted = List.copyOf(session.getObjects(new ClassObjectFilter(CriterionResult.class)));
        } finally {
            session.dispose();
        }
        Map<String, CriterionResult> byCriterion = new LinkedHashMap<>();
        for (Object object : inserted) {
            CriterionResult result = (CriterionResult) object;
            if (byCriterion.put(result.criterion(), result) != null) {
                throw new IllegalStateException(manifest.reference() + ": criterion '" + result.criterion()
                        + "' was decided more than once");
            }
        }
        for (CriterionDefinition definition : manifest.criteria()) {
            if (!byCriterion.containsKey(definition.id())) {
                throw new IllegalStateException(manifest.reference() + ": no rule decided criterion '"
                        + definition.id() + "' for " + input.source());
            }
        }
        if (byCriterion.size() != manifest.criteria().size()) {
            byCriterion.keySet().removeAll(manifest.criteria().stream().map(CriterionDefinition::id).toList());
            throw new IllegalStateException(manifest.reference() + ": rules decided undeclared criteria "
                    + byCriterion.keySet());
        }
        return byCriterion;
    }

    private List<Warning> warnings(FactsFile input) {
        List<Warning> warnings = new ArrayList<>();
        for (String fact : input.facts().keySet()) {
            if (!facts.contains(fact)) {
                warnings.add(new Warning("$.facts." + fact,
                        "số liệu này không dùng trong kế hoạch " + manifest.id() + " (đã bỏ qua)",
                        "this fact is not used by plan " + manifest.id() + " (ignored)"));
            }
        }
        return warnings;
    }

    @Override
    public String toString() {
        return manifest.reference();
    }
}
