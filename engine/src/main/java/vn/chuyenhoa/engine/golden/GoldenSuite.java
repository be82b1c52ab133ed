package vn.chuyenhoa.engine.golden;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.authoring.Problem;
import vn.chuyenhoa.engine.authoring.RuleSetFiles;
import vn.chuyenhoa.engine.authoring.RuleSets;
import vn.chuyenhoa.engine.message.Phrase;

/**
 * The golden cases of one rule-set version, run: each case's result, or the problem that kept them all from
 * running (the rule set cannot be loaded or compiled, or it has no readable golden cases). Free of any
 * report format: {@code chuyenhoa test} prints it as text or JUnit XML. The run's times are for the JUnit XML only
 * (DESIGN 1.4): nothing else shows them, so every other output stays the same from run to run.
 *
 * @param cases   the cases as read, or null when they could not be
 * @param results one per case, in the file's order; empty when {@code problems} is not
 * @param problems why the cases could not be run; empty when they were
 * @param timing  when the run started and how long it and each case took
 */
public record GoldenSuite(
        RuleSets.Entry entry,
        GoldenCases cases,
        List<GoldenCases.Result> results,
        List<Problem> problems,
        Timing timing) {
    public GoldenSuite {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    /**
     * The run's clock readings.
     *
     * @param started when the suite started, loading included
     * @param total   the whole run: loading (and compiling) the rules, reading and running the cases
     * @param cases   each case's evaluation and comparison, in {@code results}' order
     */
    public record Timing(Instant started, Duration total, List<Duration> cases) {
        public Timing {
            cases = List.copyOf(cases);
        }
    }

    /** Loads the version's rules (compiling them if they come from DRL) and runs its golden cases. */
    public static GoldenSuite run(RuleSets.Entry entry) {
        Instant started = Instant.now();
        long start = System.nanoTime();
        RuleSetFiles files = entry.files();
        Plan plan = entry.plan();
        if (plan == null) {
            return failed(entry, entry.problems(), started, start);
        }
        try {
            plan.verify();
        } catch (PlanLoadException e) {
            return failed(entry, List.of(Problem.at(files.place(RuleSetFiles.DRL), e)), started, start);
        }
        String golden = files.place(RuleSetFiles.GOLDEN);
        Optional<byte[]> yaml = files.golden();
        if (yaml.isEmpty()) {
            return failed(
                    entry,
                    List.of(new Problem(
                            golden,
                            Phrase.of(
                                    "không có trường hợp mẫu: mỗi phiên bản bộ quy tắc cần một " + RuleSetFiles.GOLDEN
                                            + " bên cạnh các quy tắc của nó",
                                    "no golden cases: every rule-set version needs a " + RuleSetFiles.GOLDEN
                                            + " beside its rules"))),
                    started,
                    start);
        }
        GoldenCases cases;
        try {
            cases = GoldenCases.parse(plan, golden, yaml.get());
        } catch (PlanLoadException e) {
            return failed(entry, List.of(Problem.at(golden, e)), started, start);
        }
        List<GoldenCases.Result> results = new ArrayList<>();
        List<Duration> times = new ArrayList<>();
        for (GoldenCase goldenCase : cases.cases()) {
            long caseStart = System.nanoTime();
            results.add(cases.run(goldenCase));
            times.add(Duration.ofNanos(System.nanoTime() - caseStart));
        }
        return new GoldenSuite(entry, cases, results, List.of(), new Timing(started, since(start), times));
    }

    private static GoldenSuite failed(RuleSets.Entry entry, List<Problem> problems, Instant started, long start) {
        return new GoldenSuite(entry, null, List.of(), problems, new Timing(started, since(start), List.of()));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
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
