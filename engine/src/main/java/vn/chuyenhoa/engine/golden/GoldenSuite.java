package vn.chuyenhoa.engine.golden;

import java.util.List;
import java.util.Optional;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetFiles;
import vn.chuyenhoa.engine.authoring.RuleSets;

/**
 * The golden cases of one rule-set version, run: each case's result, or the problem that kept them all from
 * running (the rule set cannot be loaded or compiled, or it has no readable golden cases). Free of any
 * report format: {@code chuyenhoa test} prints it as text or JUnit XML.
 *
 * @param cases   the cases as read, or null when they could not be
 * @param results one per case, in the file's order; empty when {@code problems} is not
 * @param problems why the cases could not be run; empty when they were
 */
public record GoldenSuite(
        RuleSets.Entry entry, GoldenCases cases, List<GoldenCases.Result> results, List<Problem> problems) {
    public GoldenSuite {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    /** Loads the version's rules (compiling them if they come from DRL) and runs its golden cases. */
    public static GoldenSuite run(RuleSets.Entry entry) {
        RuleSetFiles files = entry.files();
        Plan plan = entry.plan();
        if (plan == null) {
            return failed(entry, entry.problems());
        }
        try {
            plan.verify();
        } catch (PlanLoadException e) {
            return failed(entry, List.of(new Problem(files.place(RuleSetFiles.DRL), e.getMessage())));
        }
        String golden = files.place(RuleSetFiles.GOLDEN);
        Optional<byte[]> yaml = files.golden();
        if (yaml.isEmpty()) {
            return failed(
                    entry,
                    List.of(new Problem(
                            golden,
                            "no golden cases: every rule-set version needs a " + RuleSetFiles.GOLDEN
                                    + " beside its rules")));
        }
        GoldenCases cases;
        try {
            cases = GoldenCases.parse(plan, golden, yaml.get());
        } catch (PlanLoadException e) {
            return failed(entry, List.of(new Problem(golden, e.getMessage())));
        }
        return new GoldenSuite(entry, cases, cases.runAll(), List.of());
    }

    private static GoldenSuite failed(RuleSets.Entry entry, List<Problem> problems) {
        return new GoldenSuite(entry, null, List.of(), problems);
    }

    public String reference() {
        return entry.reference();
    }

    /** True when the cases ran and every one gave the verdict it expects. */
    public boolean passed() {
        return problems.isEmpty() && results.stream().allMatch(GoldenCases.Result::passed);
    }

    public long passedCount() {
        return results.stream().filter(GoldenCases.Result::passed).count();
    }
}
