package vn.chuyenhoa.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.facts.FactsFile;

/**
 * Area evaluations per second on one warm thread, plan 45-KH-BCD-2023, areas in batches of 1 000:
 * the rule set through the library, and the hand-written baseline on the same facts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(EvaluationBenchmark.AREAS)
public class EvaluationBenchmark {
    static final int AREAS = 1_000;

    private Plan plan;
    private List<FactsFile> areas;

    @Setup
    public void setUp() {
        Plans plans = Plans.load();
        plan = plans.get(HandWrittenPlan45.VERSION);
        plan.verify();
        areas = GeneratedAreas.plan45(plans, AREAS, 45);
    }

    /** Each area evaluated on its own by the rule set: a verdict with every criterion's findings. */
    @Benchmark
    public void ruleSet(Blackhole sink) {
        for (FactsFile area : areas) {
            sink.consume(plan.evaluate(area).outcome());
        }
    }

    /** The same areas evaluated as one batch, in one pass of the rules ({@link Plan#evaluateAll}). */
    @Benchmark
    public void ruleSetBatch(Blackhole sink) {
        for (var verdict : plan.evaluateAll(areas)) {
            sink.consume(verdict.outcome());
        }
    }

    /** The same decision in plain Java, for the ratio. */
    @Benchmark
    public void handWritten(Blackhole sink) {
        for (FactsFile area : areas) {
            sink.consume(HandWrittenPlan45.outcome(area.facts()));
        }
    }
}
