package vn.chuyenhoa.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.rule.Finding;
import vn.chuyenhoa.engine.rule.Phrasing;

/**
 * One criterion's result for one area: its status, the figures behind it, and the reason in words.
 * A criterion the plan does not count in the outcome (or that a reading leaves out) reports INFO; its reason still
 * says whether it is met.
 */
public final class CriterionVerdict {
    private final CriterionDefinition definition;
    private final Status status;
    private final Status measured;
    private final List<Finding> findings;
    private final FactCatalog catalog;

    /** {@code counted}: whether the criterion counts in the outcome (decisive, and no reading leaves it out). */
    CriterionVerdict(
            CriterionDefinition definition,
            Status measured,
            List<Finding> findings,
            FactCatalog catalog,
            boolean counted) {
        this.definition = definition;
        this.measured = measured;
        this.status = counted ? measured : Status.INFO;
        this.findings = List.copyOf(findings);
        this.catalog = catalog;
    }

    public CriterionDefinition definition() {
        return definition;
    }

    /** PASS, FAIL, MISSING, NOT_APPLICABLE; INFO for a criterion that does not count. */
    public Status status() {
        return status;
    }

    /** What the rule found, even for an INFO criterion. */
    public Status measuredStatus() {
        return measured;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The facts its rule read, in order: the value given, or null for one not given. */
    public Map<String, Object> facts(FactsFile input) {
        Map<String, Object> used = new LinkedHashMap<>();
        for (Finding finding : findings) {
            for (String fact : finding.facts()) {
                used.put(fact, input.facts().get(fact));
            }
        }
        return used;
    }

    /** Facts whose absence left this criterion undecided. */
    public List<String> missingFacts() {
        if (measured != Status.MISSING) {
            return List.of();
        }
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        findings.forEach(f -> missing.addAll(f.missing()));
        return new ArrayList<>(missing);
    }

    /** The figures and how they compare, in one sentence. */
    public String reason(Language language) {
        return reason(language, Finding::describe);
    }

    /**
     * The reason with each failed check's shortfall right after it, for a report that gives both in one line
     * ("Phát sinh phức tạp mới về trật tự xã hội: có — cần: không"), where {@link #reason} and {@link #shortfall}
     * side by side would name the flag twice. The reason alone unless the criterion failed.
     */
    public String reasonWithShortfall(Language language) {
        return measured == Status.FAIL ? reason(language, Finding::describeWithShortfall) : reason(language);
    }

    private String reason(Language language, BiFunction<Finding, Phrasing, String> describe) {
        Phrasing phrasing = new Phrasing(language, catalog);
        String reason = findings.stream().map(f -> describe.apply(f, phrasing)).collect(Collectors.joining("; "));
        if (status == Status.INFO) {
            reason += " — " + measured.label(language).toLowerCase(java.util.Locale.ROOT);
        }
        return reason;
    }

    /** What would make a failed criterion pass ("thiếu 1 hộ"); empty unless it failed. */
    public Optional<String> shortfall(Language language) {
        if (measured != Status.FAIL) {
            return Optional.empty();
        }
        Phrasing phrasing = new Phrasing(language, catalog);
        String text = findings.stream()
                .map(f -> f.shortfall(phrasing))
                .flatMap(Optional::stream)
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
