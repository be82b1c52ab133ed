package vn.chuyenhoa.engine.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.choice.PlaceNames;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Parameter;

/**
 * The year review (sơ kết): every selected area evaluated at once, and the summary the committee reports.
 * Nothing is lost: an input that cannot be read, whose plan cannot be chosen, whose year is not the one under
 * review, or that repeats an area, is an invalid result with its errors, and every other area is still
 * evaluated. Areas are evaluated plan by plan in batches, one pass of the rules per batch.
 *
 * <pre>{@code
 * Plans plans = Plans.load();
 * List<AreaInput> inputs = ReviewInputs.read(plans.reader(), List.of(Path.of("so-ket-2019")), List.of(), Progress.NONE);
 * ReviewResult review = new Review(plans).run(inputs, ReviewOptions.DEFAULT, Progress.NONE);
 * }</pre>
 */
public final class Review {
    /** Areas per pass of the rules: large enough to amortise the session, small enough to report progress. */
    private static final int BATCH = 1000;

    private final Plans plans;

    public Review(Plans plans) {
        this.plans = plans;
    }

    /**
     * Reviews {@code inputs}; the results come in the same order.
     *
     * @throws InvalidInputException when {@code options} name a plan that does not exist
     */
    public ReviewResult run(List<AreaInput> inputs, ReviewOptions options, Progress progress) {
        Plan named = options.plan() == null ? null : plans.get(options.plan(), Parameter.PLAN);
        ReviewWindow window = options.window() != null
                ? options.window()
                : options.year() != null
                        ? ReviewWindow.ofYear(options.year())
                        : commonYear(inputs).map(ReviewWindow::ofYear).orElse(null);
        AreaResult[] results = new AreaResult[inputs.size()];
        Map<Plan, List<Integer>> toEvaluate = new LinkedHashMap<>();
        Map<String, AreaInput> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            AreaInput input = inputs.get(i);
            if (!input.readable()) {
                results[i] = AreaResult.invalid(input, named, input.errors());
                continue;
            }
            FactsFile facts = input.facts();
            Plan plan;
            try {
                plan = plans.choose(facts, options.plan());
            } catch (InvalidInputException e) {
                results[i] = AreaResult.invalid(
                        input, named, e.errors().stream().map(input::locate).toList());
                continue;
            }
            Optional<InputError> outside = window.check(facts).or(() -> plan.periodError(facts));
            if (outside.isPresent()) {
                results[i] = AreaResult.invalid(input, plan, List.of(input.locate(outside.get())));
                continue;
            }
            AreaInput first = seen.putIfAbsent(identity(plan, facts), input);
            if (first != null) {
                results[i] = AreaResult.repeated(input, plan, input.locate(repeatError(facts, first)));
                continue;
            }
            toEvaluate.computeIfAbsent(plan, p -> new ArrayList<>()).add(i);
        }
        evaluate(inputs, toEvaluate, results, progress);
        List<AreaResult> list = Arrays.asList(results);
        return new ReviewResult(window, options.figures(), list, ReviewSummary.of(list, options.figures(), named));
    }

    private static void evaluate(
            List<AreaInput> inputs, Map<Plan, List<Integer>> toEvaluate, AreaResult[] results, Progress progress) {
        int total = toEvaluate.values().stream().mapToInt(List::size).sum();
        int done = 0;
        for (Map.Entry<Plan, List<Integer>> entry : toEvaluate.entrySet()) {
            Plan plan = entry.getKey();
            List<Integer> indexes = entry.getValue();
            for (int from = 0; from < indexes.size(); from += BATCH) {
                List<Integer> batch = indexes.subList(from, Math.min(from + BATCH, indexes.size()));
                List<Verdict> verdicts = plan.evaluateAll(
                        batch.stream().map(i -> inputs.get(i).facts()).toList());
                for (int k = 0; k < batch.size(); k++) {
                    results[batch.get(k)] = AreaResult.evaluated(inputs.get(batch.get(k)), verdicts.get(k), plan);
                }
                done += batch.size();
                progress.advanced(Progress.Stage.EVALUATING, done, total);
            }
        }
    }

    /** The year most readable inputs give; the later one on a tie. */
    private static Optional<Integer> commonYear(List<AreaInput> inputs) {
        Map<Integer, Long> byYear = inputs.stream()
                .filter(AreaInput::readable)
                .collect(Collectors.groupingBy(i -> i.facts().year(), Collectors.counting()));
        return byYear.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /** One area of one plan in one year: its name, district and province as {@link PlaceNames} compares them. */
    private static String identity(Plan plan, FactsFile facts) {
        Area area = facts.area();
        Function<String, String> key = name -> name == null ? "" : PlaceNames.key(name);
        return plan.id() + "\u0000" + facts.year() + "\u0000" + key.apply(area.province()) + "\u0000"
                + key.apply(area.district()) + "\u0000" + key.apply(area.name());
    }

    private static InputError repeatError(FactsFile facts, AreaInput first) {
        String where = first.file()
                + (first.row() == null ? "" : ", dòng " + first.row().number());
        String whereEn = first.file()
                + (first.row() == null ? "" : ", row " + first.row().number());
        return InputErrors.duplicateArea(facts.source(), facts.area().name(), facts.year(), where, whereEn);
    }
}
