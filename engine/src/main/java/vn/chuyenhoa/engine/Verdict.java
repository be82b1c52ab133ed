package vn.chuyenhoa.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.PlanManifest;

/**
 * The result of evaluating one area under one plan version.
 *
 * @param plan         the manifest of the rule set that decided
 * @param ruleSetSha256 the sha256 of that rule set (manifest and DRL), so a verdict can be traced to it
 * @param input        the facts evaluated
 * @param decision     the outcome and why
 * @param criteria     one entry per criterion, in the manifest's order
 * @param missingFacts the facts whose absence left a decisive criterion undecided, in order
 * @param warnings     what is worth knowing about the input or the rule set (a fact the plan does not use, a draft)
 * @param draft        whether the rule set is a draft given with {@code --rules}, not a released one
 * @param readingsUsed the choice used for every reading the plan declares, in the manifest's order
 * @param readings     the alternatives under which the area is decided (PASS or FAIL) otherwise; empty when none
 * @param interim      whether the figures come before the plan's final evaluation (DESIGN 1.3)
 */
public record Verdict(
        PlanManifest plan,
        String ruleSetSha256,
        FactsFile input,
        Decision decision,
        List<CriterionVerdict> criteria,
        List<String> missingFacts,
        List<Warning> warnings,
        boolean draft,
        Map<String, String> readingsUsed,
        List<ReadingAlternative> readings,
        boolean interim)
        implements FileResult {
    public Verdict {
        criteria = List.copyOf(criteria);
        missingFacts = List.copyOf(missingFacts);
        warnings = List.copyOf(warnings);
        readingsUsed = Collections.unmodifiableMap(new LinkedHashMap<>(readingsUsed));
        readings = List.copyOf(readings);
    }

    public Outcome outcome() {
        return decision.outcome();
    }

    /** The outcome's label as this plan's decision rule words it (a scorecard's own labels, DESIGN 1.3). */
    public String label(Language language) {
        return label(outcome(), language);
    }

    /** Any outcome's label under this plan: that of an alternative reading, say. */
    public String label(Outcome outcome, Language language) {
        return outcome.label(language, plan.decisionRule().isScorecard());
    }

    public CriterionVerdict criterion(String id) {
        return criteria.stream()
                .filter(c -> c.definition().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion '" + id + "' in " + plan.reference()));
    }
}
