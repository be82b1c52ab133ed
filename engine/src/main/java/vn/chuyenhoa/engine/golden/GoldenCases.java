package vn.chuyenhoa.engine.golden;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import vn.chuyenhoa.engine.facts.ParserWords;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Spelling;

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
                throw new PlanLoadException(Phrase.of(
                        plan + ": không có trường hợp mẫu (" + name + ")", plan + ": no golden cases (" + name + ")"));
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
                throw new PlanLoadException(Phrase.of(
                        name + ": cần một base và ít nhất một trường hợp",
                        name + ": needs a base and at least one case"));
            }
            return new GoldenCases(plan, file.plan(), file.base(), file.cases());
        } catch (JsonProcessingException e) {
            // The YAML reader's own words are an author's diagnostic: quoted on one line, after where they are.
            Phrase line = ParserWords.where(e.getLocation());
            String said = path(e) + ParserWords.detail(e);
            throw new PlanLoadException(
                    (l, s) -> name
                            + l.pick(": không phải các trường hợp mẫu hợp lệ", ": not valid golden cases")
                            + line.in(l, s)
                            + l.pick("; trình đọc YAML báo: ", ": ")
                            + said,
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** Where in the file a mapping error is, as {@code $.cases[0].outcome: }; nothing for a syntax error. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference step : mapping.getPath()) {
            path.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
        }
        return path + ": ";
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
                            .map(error -> (Phrase)
                                    (l, s) -> l.pick("không đánh giá được: ", "cannot evaluate: ") + error.message(l))
                            .toList());
        } catch (RuntimeException e) {
            return new Result(golden, null, List.of(Phrase.of("không đánh giá được: " + e, "cannot evaluate: " + e)));
        }
        List<Phrase> differences = new ArrayList<>();
        if (!Objects.equals(golden.outcome(), verdict.outcome().name())) {
            differences.add(expected("kết quả", "outcome", golden.outcome(), verdict.outcome(), ""));
        }
        String decision = verdict.decision().reason(Language.VI);
        for (String fragment : golden.decision()) {
            if (!decision.contains(fragment)) {
                differences.add(lacks("lý do kết luận", "decision: reason", fragment, decision));
            }
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        verdict.criteria()
                .forEach(c -> statuses.put(c.definition().id(), c.status().name()));
        if (!golden.criteria().keySet().equals(statuses.keySet())) {
            differences.add(Phrase.of(
                    "tiêu chí: trường hợp phải nêu trạng thái của mọi tiêu chí " + statuses.keySet() + ", đang nêu "
                            + golden.criteria().keySet(),
                    "criteria: the case must state every criterion's status " + statuses.keySet() + ", it states "
                            + golden.criteria().keySet()));
        }
        golden.criteria().forEach((id, expected) -> {
            String actual = statuses.get(id);
            if (actual != null && !actual.equals(expected)) {
                differences.add(expected(
                        id, id, expected, actual, " (" + verdict.criterion(id).reason(Language.VI) + ")"));
            }
        });
        golden.reasons().forEach((id, fragments) -> {
            String reason = statuses.containsKey(id) ? verdict.criterion(id).reason(Language.VI) : "";
            for (String fragment : fragments) {
                if (!reason.contains(fragment)) {
                    differences.add(lacks(id + ": lý do", id + ": reason", fragment, reason));
                }
            }
        });
        golden.shortfall().forEach((id, fragment) -> {
            CriterionVerdict criterion = statuses.containsKey(id) ? verdict.criterion(id) : null;
            String shortfall =
                    criterion == null ? "" : criterion.shortfall(Language.VI).orElse("");
            if (!shortfall.contains(fragment)) {
                differences.add(lacks(id + ": phần còn thiếu", id + ": shortfall", fragment, shortfall));
            }
        });
        if (golden.interim() != verdict.interim()) {
            differences.add(expected("sơ bộ", "interim", golden.interim(), verdict.interim(), ""));
        }
        Map<String, String> otherwise = new LinkedHashMap<>();
        verdict.readings()
                .forEach(r -> otherwise.put(
                        r.reading().id() + "=" + r.alternative().id(),
                        r.outcome().name()));
        if (!golden.otherwise().equals(otherwise)) {
            differences.add(Phrase.of(
                    "cách hiểu: cần kết quả khác đi theo " + golden.otherwise() + ", thực tế khác đi theo " + otherwise,
                    "readings: expected the outcome to differ under " + golden.otherwise() + ", it differs under "
                            + otherwise));
        }
        if (golden.missing() != null && !golden.missing().equals(verdict.missingFacts())) {
            differences.add(
                    expected("số liệu còn thiếu", "missing facts", golden.missing(), verdict.missingFacts(), ""));
        }
        return new Result(golden, verdict, differences);
    }

    /** "outcome: expected FAIL, got PASS" ("kết quả: cần FAIL, thực tế PASS"). */
    private static Phrase expected(String vi, String en, Object expected, Object actual, String after) {
        return Phrase.of(
                vi + ": cần " + expected + ", thực tế " + actual + after,
                en + ": expected " + expected + ", got " + actual + after);
    }

    /** "sub-4: reason lacks "…": the reason". */
    private static Phrase lacks(String vi, String en, String fragment, String text) {
        return Phrase.of(vi + " không có \"" + fragment + "\": " + text, en + " lacks \"" + fragment + "\": " + text);
    }

    /**
     * A case's verdict and its differences from the expectation (none when it passes).
     *
     * @param verdict null when the case could not be evaluated at all; its differences then say why
     */
    public record Result(GoldenCase golden, Verdict verdict, List<Phrase> found) {
        public Result {
            found = List.copyOf(found);
        }

        /** Its differences in English, as CI systems read them (the JUnit report). */
        public List<String> differences() {
            return differences(Language.EN);
        }

        /** Its differences in {@code language}: the golden case's keys as golden.yaml names them, the rest in words. */
        public List<String> differences(Language language) {
            return found.stream().map(d -> d.in(language, Spelling.QUERY)).toList();
        }

        public boolean passed() {
            return found.isEmpty();
        }

        /** False when the case could not be evaluated: an error rather than a wrong verdict. */
        public boolean evaluated() {
            return verdict != null;
        }
    }
}
