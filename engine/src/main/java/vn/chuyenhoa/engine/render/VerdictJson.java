package vn.chuyenhoa.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.CriterionVerdict;
import vn.chuyenhoa.engine.EngineVersion;
import vn.chuyenhoa.engine.FileError;
import vn.chuyenhoa.engine.FileResult;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.ReadingAlternative;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.Warning;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * The verdict as JSON ({@code chuyenhoa.verdict/v1}), keys in the contract's fixed order, indented with two
 * spaces and {@code \n}, so the same input gives the same bytes on every machine.
 */
public final class VerdictJson {
    public static final String SCHEMA = "chuyenhoa.verdict/v1";

    private final Language language;
    private final JsonParts parts;

    /** JSON in {@code language}; a file's error names a parameter as {@code spelling} writes it. */
    public VerdictJson(Language language, Spelling spelling) {
        this.language = language;
        this.parts = new JsonParts(language, spelling);
    }

    /** JSON in {@code language}, naming parameters as query parameters. */
    public VerdictJson(Language language) {
        this(language, Spelling.QUERY);
    }

    /**
     * One file's result: its verdict, or {@code {"file": …, "error": {"message": …, "path": …}}} with the first
     * of its errors.
     */
    public String toJson(FileResult result) {
        return StableJson.text(json -> result(json, result, -1));
    }

    /** Several results, in the order given, as one JSON array; a file's error names the file. */
    public String toJson(List<FileResult> results) {
        return array(results);
    }

    /**
     * The results of a batch of documents without file names (a request's), in their order, as one JSON array written
     * to {@code out} as it is made (a thousand verdicts are megabytes): a verdict, or
     * {@code {"index": i, "error": {"message": …, "path": …}}} for the document at {@code i} (from 0).
     */
    public void writeBatch(List<FileResult> results, Writer out) {
        try (JsonGenerator json = StableJson.generator(out)) {
            json.writeStartArray();
            for (int i = 0; i < results.size(); i++) {
                result(json, results.get(i), i);
            }
            json.writeEndArray();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String array(List<FileResult> results) {
        return StableJson.text(json -> {
            json.writeStartArray();
            for (FileResult result : results) {
                result(json, result, -1);
            }
            json.writeEndArray();
        });
    }

    /** A verdict, or an error naming its file, or its place in a batch when {@code index} is not negative. */
    private void result(JsonGenerator json, FileResult result, int index) throws IOException {
        if (result instanceof Verdict verdict) {
            verdict(json, verdict);
            return;
        }
        FileError failed = (FileError) result;
        json.writeStartObject();
        if (index < 0) {
            json.writeStringField("file", failed.file());
        } else {
            json.writeNumberField("index", index);
        }
        json.writeFieldName("error");
        parts.error(json, failed.errors().get(0));
        json.writeEndObject();
    }

    private void verdict(JsonGenerator json, Verdict verdict) throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", SCHEMA);
        json.writeObjectFieldStart("engine");
        json.writeStringField("version", EngineVersion.current());
        json.writeEndObject();
        json.writeFieldName("plan");
        parts.plan(json, verdict.plan(), verdict.ruleSetSha256(), verdict.draft());
        json.writeFieldName("area");
        parts.area(json, verdict.input().area(), true);
        json.writeNumberField("year", verdict.input().year());
        json.writeStringField("outcome", verdict.outcome().name());
        json.writeStringField("label", verdict.label(language));
        json.writeStringField(
                "decision_rule", verdict.plan().decisionRule().text().in(language));
        json.writeStringField("decision", verdict.decision().reason(language));
        json.writeObjectFieldStart("readings_used");
        for (Map.Entry<String, String> reading : verdict.readingsUsed().entrySet()) {
            json.writeStringField(reading.getKey(), reading.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("readings");
        for (ReadingAlternative reading : verdict.readings()) {
            json.writeStartObject();
            json.writeStringField("id", reading.reading().id());
            json.writeStringField("question", reading.reading().question().in(language));
            json.writeStringField("chosen", reading.chosen());
            json.writeStringField("alternative", reading.alternative().id());
            json.writeStringField("outcome", reading.outcome().name());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeBooleanField("interim", verdict.interim());
        json.writeArrayFieldStart("criteria");
        for (CriterionVerdict criterion : verdict.criteria()) {
            criterion(json, criterion, verdict);
        }
        json.writeEndArray();
        leadUnits(json, verdict);
        json.writeArrayFieldStart("missing_facts");
        for (String fact : verdict.missingFacts()) {
            json.writeString(fact);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("warnings");
        for (Warning warning : verdict.warnings()) {
            json.writeStartObject();
            json.writeStringField("path", warning.path());
            json.writeStringField("message", language.pick(warning.vi(), warning.en()));
            json.writeEndObject();
        }
        json.writeEndArray();
        var review = verdict.input().fromReview();
        if (review.isPresent()) {
            json.writeObjectFieldStart("from_review");
            json.writeStringField("file", review.get().file());
            json.writeStringField("sha256", review.get().sha256());
            json.writeEndObject();
        }
        json.writeStringField("input_sha256", verdict.input().sha256());
        json.writeEndObject();
    }

    /** A scorecard's targets by lead unit; nothing for a plan whose targets name none (DESIGN 1.3's keys unchanged). */
    private void leadUnits(JsonGenerator json, Verdict verdict) throws IOException {
        List<LeadUnits.Unit> units = LeadUnits.of(verdict);
        if (units.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("lead_units");
        for (LeadUnits.Unit unit : units) {
            json.writeStartObject();
            json.writeStringField("lead_unit", unit.name().in(language));
            json.writeNumberField("met", unit.met());
            json.writeNumberField("counted", unit.counted());
            json.writeArrayFieldStart("criteria");
            for (CriterionVerdict target : unit.targets()) {
                json.writeString(target.definition().id());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void criterion(JsonGenerator json, CriterionVerdict criterion, Verdict verdict) throws IOException {
        var definition = criterion.definition();
        json.writeStartObject();
        json.writeStringField("id", definition.id());
        json.writeStringField("title", definition.title().in(language));
        json.writeStringField("group", definition.group().id());
        if (definition.leadUnit() != null) {
            json.writeStringField("lead_unit", definition.leadUnit().in(language));
        }
        json.writeStringField("status", criterion.status().name());
        json.writeStringField("reason", criterion.reason(language));
        json.writeArrayFieldStart("facts");
        for (Map.Entry<String, Object> fact : criterion.facts(verdict.input()).entrySet()) {
            json.writeStartObject();
            json.writeStringField("name", fact.getKey());
            json.writeFieldName("value");
            writeValue(json, fact.getValue());
            String evidence = verdict.input().evidence().get(fact.getKey());
            if (evidence != null) {
                json.writeStringField("evidence", evidence);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("requirement", definition.requirement().in(language));
        json.writeStringField("shortfall", criterion.shortfall(language).orElse(null));
        json.writeFieldName("source");
        parts.source(json, definition.source());
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long count) {
            json.writeNumber(count);
        } else {
            json.writeBoolean((Boolean) value);
        }
    }
}
