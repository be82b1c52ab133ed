package vn.chuyenhoa.engine.golden;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.PlanLoadException;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;

/**
 * A plan version's golden cases, stored as data beside its rules ({@code golden.yaml}): a base facts file
 * and cases that change some facts and state the whole verdict expected.
 */
public final class GoldenCases {
    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Plan plan;
    private final String declaredPlan;
    private final ObjectNode base;
    private final List<GoldenCase> cases;

    private GoldenCases(Plan plan, String declaredPlan, ObjectNode base, List<GoldenCase> cases) {
        this.plan = plan;
        this.declaredPlan = declaredPlan;
        this.base = base;
        this.cases = List.copyOf(cases);
    }

    /** The file as written. */
    record File(
            ObjectNode base,
            List<GoldenCase> cases,
            @JsonProperty("plan") String plan) {}

    /** The golden cases shipped beside {@code plan}'s rules on the class path. */
    public static GoldenCases of(Plan plan, ClassLoader loader) {
        String name = "chuyenhoa/plans/" + plan.id() + "/" + plan.version() + "/golden.yaml";
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new PlanLoadException(plan + ": no golden cases (" + name + ")");
            }
            return parse(plan, name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** Golden cases from YAML text, for a plan. */
    public static GoldenCases parse(Plan plan, String name, byte[] yaml) {
        try {
            File file = YAML.readValue(yaml, File.class);
            if (file.base() == null || file.cases() == null || file.cases().isEmpty()) {
                throw new PlanLoadException(name + ": needs a base and at least one case");
            }
            return new GoldenCases(plan, file.plan(), file.base(), file.cases());
        } catch (IOException e) {
            throw new PlanLoadException(name + ": not valid golden cases: " + e.getMessage(), e);
        }
    }

    public Plan plan() {
        return plan;
    }

    /** The plan the file says it is for ({@code plan:}, an id or {@code id@version}), if it says. */
    public Optional<String> declaredPlan() {
        return Optional.ofNullable(declaredPlan);
    }

    public List<GoldenCase> cases() {
        return cases;
    }

    /** The facts file a case evaluates: the base with the case's changes, read as strictly as any input. */
    public FactsFile facts(GoldenCase golden) {
        return new FactsReader(plan.catalog()).read(plan + " golden: " + golden.rule(), document(golden));
    }

    /** The facts file of a case as JSON bytes: the base with the case's changes (a null removes a fact). */
    public byte[] document(GoldenCase golden) {
        ObjectNode document = base.deepCopy();
        if (golden.year() != null) {
            document.put("year", golden.year());
        }
        ObjectNode facts = document.has("facts") ? (ObjectNode) document.get("facts") : document.putObject("facts");
        golden.facts().forEach((name, value) -> {
            if (value == null) {
                facts.remove(name);
            } else {
                facts.set(name, JSON.valueToTree(value));
            }
        });
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates one case; the result lists every difference from what the case expects. A case that cannot
     * be evaluated (its facts are invalid, or the rule set misbehaves) is a result without a verdict whose
     * one difference says why, so that one broken case does not hide the others.
     */
    public Result run(GoldenCase golden) {
        Verdict verdict;
        try {
            verdict = plan.evaluate(facts(golden), golden.readings());
        } catch (InvalidInputException e) {
            return new Result(
                    golden,
                    null,
                    e.errors().stream()
                            .map(error -> "cannot evaluate: " + error.message(Language.EN))
                            .toList());
        } catch (RuntimeException e) {
            return new Result(golden, null, List.of("cannot evaluate: " + e));
        }
        List<String> differences = new ArrayList<>();
        if (!Objects.equals(golden.outcome(), verdict.outcome().name())) {
            differences.add("outcome: expected " + golden.outcome() + ", got " + verdict.outcome());
        }
        String decision = verdict.decision().reason(Language.VI);
        for (String fragment : golden.decision()) {
            if (!decision.contains(fragment)) {
                differences.add("decision: reason lacks \"" + fragment + "\": " + decision);
            }
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        verdict.criteria()
                .forEach(c -> statuses.put(c.definition().id(), c.status().name()));
        if (!golden.criteria().keySet().equals(statuses.keySet())) {
            differences.add("criteria: the case must state every criterion's status " + statuses.keySet()
                    + ", it states " + golden.criteria().keySet());
        }
        golden.criteria().forEach((id, expected) -> {
            String actual = statuses.get(id);
            if (actual != null && !actual.equals(expected)) {
                differences.add(id + ": expected " + expected + ", got " + actual + " ("
                        + verdict.criterion(id).reason(Language.VI) + ")");
            }
        });
        golden.reasons().forEach((id, fragments) -> {
            String reason = statuses.containsKey(id) ? verdict.criterion(id).reason(Language.VI) : "";
            for (String fragment : fragments) {
                if (!reason.contains(fragment)) {
                    differences.add(id + ": reason lacks \"" + fragment + "\": " + reason);
                }
            }
        });
        golden.shortfall().forEach((id, fragment) -> {
            CriterionVerdict criterion = statuses.containsKey(id) ? verdict.criterion(id) : null;
            String shortfall =
                    criterion == null ? "" : criterion.shortfall(Language.VI).orElse("");
            if (!shortfall.contains(fragment)) {
                differences.add(id + ": shortfall lacks \"" + fragment + "\": " + shortfall);
            }
        });
        if (golden.interim() != verdict.interim()) {
            differences.add("interim: expected " + golden.interim() + ", got " + verdict.interim());
        }
        Map<String, String> otherwise = new LinkedHashMap<>();
        verdict.readings()
                .forEach(r -> otherwise.put(
                        r.reading().id() + "=" + r.alternative().id(),
                        r.outcome().name()));
        if (!golden.otherwise().equals(otherwise)) {
            differences.add("readings: expected the outcome to differ under " + golden.otherwise()
                    + ", it differs under " + otherwise);
        }
        if (golden.missing() != null && !golden.missing().equals(verdict.missingFacts())) {
            differences.add("missing facts: expected " + golden.missing() + ", got " + verdict.missingFacts());
        }
        return new Result(golden, verdict, differences);
    }

    /**
     * A case's verdict and its differences from the expectation (none when it passes).
     *
     * @param verdict null when the case could not be evaluated at all; its differences then say why
     */
    public record Result(GoldenCase golden, Verdict verdict, List<String> differences) {
        public Result {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }

        /** False when the case could not be evaluated: an error rather than a wrong verdict. */
        public boolean evaluated() {
            return verdict != null;
        }
    }
}
