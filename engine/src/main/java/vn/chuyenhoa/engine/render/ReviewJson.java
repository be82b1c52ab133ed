package vn.chuyenhoa.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.ReadingAlternative;
import vn.chuyenhoa.engine.Status;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.message.Parameter;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.review.AreaInput;
import vn.chuyenhoa.engine.review.AreaResult;
import vn.chuyenhoa.engine.review.Counts;
import vn.chuyenhoa.engine.review.CriterionCount;
import vn.chuyenhoa.engine.review.DistrictCounts;
import vn.chuyenhoa.engine.review.ProvinceFigures;
import vn.chuyenhoa.engine.review.ReviewResult;
import vn.chuyenhoa.engine.review.ReviewSummary;
import vn.chuyenhoa.engine.review.ReviewWindow;
import vn.chuyenhoa.engine.review.TargetResult;

/**
 * A review as JSON ({@code chuyenhoa.review/v1}): {@code {"summary": …, "areas": […]}}, one area entry per input
 * in the order given, each with its {@code file} and either its {@code outcome} or its {@code error}. Keys in a
 * fixed order, two-space indent and {@code \n}, so the same inputs give the same bytes. An area entry is the
 * verdict in brief (each criterion's status and reason); {@code chuyenhoa evaluate --format json} gives the full
 * verdict of one area.
 */
public final class ReviewJson {
    public static final String SCHEMA = "chuyenhoa.review/v1";

    private final Language language;
    private final Spelling spelling;
    private final JsonParts parts;

    /** JSON in {@code language}, naming parameters as {@code spelling} writes them. */
    public ReviewJson(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
        this.parts = new JsonParts(language, spelling);
    }

    public void write(ReviewResult review, Writer out) {
        try (JsonGenerator json = StableJson.generator(out)) {
            json.writeStartObject();
            json.writeFieldName("summary");
            summary(json, review);
            json.writeArrayFieldStart("areas");
            for (AreaResult area : review.areas()) {
                area(json, area);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void summary(JsonGenerator json, ReviewResult review) throws IOException {
        ReviewSummary summary = review.summary();
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        ReviewWindow window = review.window();
        if (window == null) {
            json.writeNullField("year");
            json.writeNullField("window");
        } else {
            json.writeNumberField("year", window.year());
            json.writeObjectFieldStart("window");
            json.writeStringField("from", window.from().toString());
            json.writeStringField("to", window.to().toString());
            json.writeBooleanField("default", window.byDefault());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("plans");
        for (Plan plan : summary.plans()) {
            parts.plan(json, plan.manifest(), plan.sha256(), plan.isDraft());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("readings_used");
        for (Plan plan : summary.plans()) {
            if (!plan.manifest().readings().isEmpty()) {
                json.writeObjectFieldStart(plan.manifest().reference());
                for (java.util.Map.Entry<String, String> reading :
                        plan.manifest().chosenReadings().entrySet()) {
                    json.writeStringField(reading.getKey(), reading.getValue());
                }
                json.writeEndObject();
            }
        }
        json.writeEndObject();
        json.writeStringField("province", summary.province());
        json.writeFieldName("totals");
        counts(json, summary.totals());
        json.writeNumberField("depending_on_readings", summary.dependingOnReadings());
        json.writeArrayFieldStart("districts");
        for (DistrictCounts district : summary.districts()) {
            json.writeStartObject();
            json.writeStringField("district", district.district());
            json.writeStringField("province", district.province());
            json.writeFieldName("counts");
            counts(json, district.counts());
            json.writeEndObject();
        }
        json.writeEndArray();
        ProvinceFigures figures = review.figures();
        json.writeObjectFieldStart("province_figures");
        nullableNumber(json, "communes", figures.communes());
        nullableNumber(json, "previously_transformed", figures.previouslyTransformed());
        nullableNumber(json, "relapsed", figures.relapsed());
        json.writeEndObject();
        json.writeArrayFieldStart("targets");
        for (TargetResult target : summary.targets()) {
            target(json, target);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("criteria_most_failed");
        for (CriterionCount count : summary.mostFailed()) {
            json.writeStartObject();
            json.writeStringField("plan", count.plan().id());
            json.writeStringField("id", count.criterion().id());
            json.writeStringField("title", count.criterion().title().in(language));
            json.writeStringField("group", count.criterion().group().id());
            json.writeNumberField("failed", count.failed());
            json.writeNumberField("missing", count.missing());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void counts(JsonGenerator json, Counts counts) throws IOException {
        json.writeStartObject();
        json.writeNumberField("areas", counts.total());
        json.writeNumberField("pass", counts.pass());
        json.writeNumberField("fail", counts.fail());
        json.writeNumberField("indeterminate", counts.indeterminate());
        json.writeNumberField("invalid", counts.invalid());
        json.writeEndObject();
    }

    private static void nullableNumber(JsonGenerator json, String name, Long value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private void target(JsonGenerator json, TargetResult target) throws IOException {
        json.writeStartObject();
        json.writeStringField("plan", target.plan().id());
        json.writeStringField("id", target.definition().id());
        json.writeStringField("title", target.definition().title().in(language));
        json.writeStringField("status", target.status().name());
        json.writeStringField("label", target.status().label(language));
        json.writeStringField("reason", target.reason(language, spelling));
        json.writeArrayFieldStart("missing");
        for (Parameter parameter : target.missing()) {
            json.writeString(spelling.of(parameter));
        }
        json.writeEndArray();
        json.writeStringField("requirement", target.definition().requirement().in(language));
        json.writeFieldName("source");
        parts.source(json, target.definition().source());
        json.writeEndObject();
    }

    private void area(JsonGenerator json, AreaResult result) throws IOException {
        AreaInput input = result.input();
        json.writeStartObject();
        json.writeStringField("file", input.file());
        if (input.row() != null) {
            json.writeNumberField("row", input.row().number());
        }
        Area area = input.area();
        if (area != null) {
            json.writeFieldName("area");
            parts.area(json, area, false);
        }
        if (input.readable()) {
            json.writeNumberField("year", input.facts().year());
        }
        if (result.plan() != null) {
            json.writeStringField("plan", result.plan().manifest().reference());
        }
        Verdict verdict = result.verdict();
        if (verdict == null) {
            List<InputError> errors = result.errors();
            json.writeFieldName("error");
            parts.error(json, errors.get(0));
            if (errors.size() > 1) {
                json.writeArrayFieldStart("other_errors");
                for (InputError error : errors.subList(1, errors.size())) {
                    parts.error(json, error);
                }
                json.writeEndArray();
            }
        } else {
            json.writeStringField("outcome", verdict.outcome().name());
            json.writeStringField("label", verdict.label(language));
            json.writeStringField("decision", verdict.decision().reason(language));
            json.writeBooleanField("interim", verdict.interim());
            json.writeArrayFieldStart("readings");
            for (ReadingAlternative reading : verdict.readings()) {
                json.writeStartObject();
                json.writeStringField("id", reading.reading().id());
                json.writeStringField("alternative", reading.alternative().id());
                json.writeStringField("outcome", reading.outcome().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("failed");
            for (CriterionVerdict criterion : verdict.criteria()) {
                if (criterion.status() == Status.FAIL) {
                    json.writeString(criterion.definition().id());
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("missing_facts");
            for (String fact : verdict.missingFacts()) {
                json.writeString(fact);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("criteria");
            for (CriterionVerdict criterion : verdict.criteria()) {
                json.writeStartObject();
                json.writeStringField("id", criterion.definition().id());
                json.writeStringField("status", criterion.status().name());
                json.writeStringField("reason", criterion.reason(language));
                json.writeStringField("shortfall", criterion.shortfall(language).orElse(null));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }
}
