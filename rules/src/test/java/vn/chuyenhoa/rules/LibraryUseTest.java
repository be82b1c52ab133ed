package vn.chuyenhoa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Outcome;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.golden.GoldenCases;
import vn.chuyenhoa.engine.render.VerdictJson;

/** The engine used the way another system embeds it: only the public API, from several threads. */
class LibraryUseTest {
    private static String area(long householdsReached) {
        return """
                {"plan": "45-KH-BCD-2023",
                 "area": {"name": "Phường 5", "district": "Thành phố Trà Vinh", "province": "Trà Vinh", "types": ["LOAI_4"]},
                 "year": 2023,
                 "facts": {"general_criteria_met": true, "drug_cases": 4, "drug_cases_previous_year": 9,
                           "new_drug_points": 0, "drug_situation_complex": false, "rehab_management_effective": true,
                           "new_drug_users": 2, "new_drug_users_before": 5, "at_risk_persons": 23,
                           "at_risk_persons_managed": 23, "households": 1850, "households_reached": %d,
                           "effective_models": 2}}
                """.formatted(householdsReached);
    }

    @Test
    @DisplayName(
            "Load the plans, read facts from bytes, evaluate, and read the verdict's outcome, statuses and reasons")
    void embedding() {
        Plans plans = Plans.load();
        // The version this test was written against: the newest may decide otherwise.
        Plan plan = plans.get("45-KH-BCD-2023@1.0.0");
        FactsFile facts = plans.reader().read("ward5", area(1849).getBytes(StandardCharsets.UTF_8));
        Verdict verdict = plan.evaluate(facts);
        assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(verdict.plan().reference()).isEqualTo("45-KH-BCD-2023@1.0.0");
        assertThat(verdict.ruleSetSha256()).isEqualTo(plan.sha256()).hasSize(64);
        assertThat(verdict.criteria())
                .extracting(c -> c.definition().id() + "=" + c.status())
                .containsExactly(
                        "general=PASS",
                        "main-1=PASS",
                        "main-2=PASS",
                        "sub-3=PASS",
                        "sub-4=FAIL",
                        "sub-5=PASS",
                        "recidivism=INFO");
        assertThat(verdict.criterion("sub-4").shortfall(Language.EN))
                .hasValue("short by 1 household (needs at least 1,850/1,850 households)");
        assertThat(verdict.criterion("recidivism").measuredStatus()).isEqualTo(Status.MISSING);
        assertThat(verdict.missingFacts()).isEmpty();
        assertThat(new VerdictJson(Language.VI).toJson(verdict)).contains("\"outcome\" : \"FAIL\"");
    }

    @Test
    @DisplayName("Evaluating a batch in one pass gives each area the same verdict as evaluating it alone")
    void batchEqualsOneByOne() {
        Plans plans = Plans.load();
        for (Plan plan : plans.all()) {
            GoldenCases golden = GoldenCases.of(plan, LibraryUseTest.class.getClassLoader());
            List<FactsFile> inputs = golden.cases().stream().map(golden::facts).toList();
            List<Verdict> batch = plan.evaluateAll(inputs);
            assertThat(batch).hasSameSizeAs(inputs);
            for (int i = 0; i < inputs.size(); i++) {
                Verdict alone = plan.evaluate(inputs.get(i));
                assertThat(summary(batch.get(i))).as(inputs.get(i).source()).isEqualTo(summary(alone));
                assertThat(batch.get(i).input()).isSameAs(inputs.get(i));
            }
        }
    }

    private static String summary(Verdict verdict) {
        StringBuilder text = new StringBuilder(verdict.outcome().name());
        verdict.criteria()
                .forEach(c -> text.append(' ')
                        .append(c.definition().id())
                        .append('=')
                        .append(c.status())
                        .append(':')
                        .append(c.reason(Language.VI)));
        return text.append(' ').append(verdict.missingFacts()).toString();
    }

    @Test
    @DisplayName("One Plans instance is shared by threads: each gets the verdict its own facts call for")
    void threadSafe() throws Exception {
        Plans plans = Plans.load();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                long reached = i % 2 == 0 ? 1850 : 1849;
                // The version this test was written against: the newest may decide 1.849 of 1.850 otherwise.
                outcomes.add(pool.submit(() -> plans.evaluate(
                                plans.reader().read("ward", area(reached).getBytes(StandardCharsets.UTF_8)),
                                "45-KH-BCD-2023@1.0.0")
                        .outcome()));
            }
            for (int i = 0; i < outcomes.size(); i++) {
                assertThat(outcomes.get(i).get()).isEqualTo(i % 2 == 0 ? Outcome.PASS : Outcome.FAIL);
            }
        } finally {
            pool.shutdown();
        }
    }
}
