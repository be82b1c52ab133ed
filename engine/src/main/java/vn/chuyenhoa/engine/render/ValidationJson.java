package vn.chuyenhoa.engine.render;

import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.form.FactsCheck;
import vn.chuyenhoa.engine.form.PlanForm;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * A facts file that {@code validate} found valid, as JSON: the plan it would be evaluated under, its year, how many of
 * the plan's facts it fills in and which it leaves empty (the verdict may then be CHƯA ĐỦ DỮ LIỆU). An invalid file
 * is reported by its errors instead, as every other input error is.
 */
public final class ValidationJson {
    private final JsonParts parts;

    public ValidationJson(Language language) {
        this.parts = new JsonParts(language, Spelling.QUERY);
    }

    /** {@code {"valid": true, "plan": {…}, "year": …, "facts_filled": n, "facts_total": m, "empty": […]}} */
    public String toJson(FactsCheck.Result result) {
        if (!result.valid()) {
            throw new IllegalArgumentException("an invalid file is reported by its errors");
        }
        int total = PlanForm.of(result.plan()).fields().size();
        return StableJson.text(json -> {
            json.writeStartObject();
            json.writeBooleanField("valid", true);
            json.writeFieldName("plan");
            parts.plan(
                    json,
                    result.plan().manifest(),
                    result.plan().sha256(),
                    result.plan().isDraft());
            json.writeNumberField("year", result.facts().year());
            json.writeNumberField("facts_filled", total - result.empty().size());
            json.writeNumberField("facts_total", total);
            json.writeArrayFieldStart("empty");
            for (String fact : result.empty()) {
                json.writeString(fact);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}
