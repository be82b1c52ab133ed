package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.golden.GoldenCases;

/** Every golden case of every plan version, one test each, named by the sentence that states its rule. */
class GoldenCasesTest {
    private static final Plans PLANS = Plans.load();

    @TestFactory
    Stream<DynamicNode> goldenCases() {
        return PLANS.all().stream().map(plan -> {
            GoldenCases cases = GoldenCases.of(plan, GoldenCasesTest.class.getClassLoader());
            return DynamicContainer.dynamicContainer(
                    plan.manifest().reference(),
                    cases.cases().stream()
                            .map(golden -> DynamicTest.dynamicTest(
                                    golden.rule(),
                                    () -> assertThat(cases.run(golden).differences())
                                            .as(golden.rule())
                                            .isEmpty())));
        });
    }
}
