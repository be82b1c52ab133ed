package vn.chuyenhoa.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.manifest.CriterionDefinition;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.FactDefinition;
import vn.chuyenhoa.engine.manifest.OtherName;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Quote;
import vn.chuyenhoa.engine.manifest.ReadingChoice;
import vn.chuyenhoa.engine.manifest.ReadingDefinition;
import vn.chuyenhoa.engine.message.Spelling;

/**
 * Plans as JSON, for programs: the list of plans and versions ({@code plans}), and one plan with what
 * {@code explain} shows — its document, reach, period, decision rule and each criterion with its facts and source —
 * and the versions of the plan there are. Same structure as {@link PlanText}, keys in a fixed order, two-space
 * indent and {@code \n}.
 */
public final class PlanJson {
    private final Language language;
    private final JsonParts parts;

    public PlanJson(Language language) {
        this.language = language;
        this.parts = new JsonParts(language, Spelling.QUERY);
    }

    /** {@code {"plans": [{id, version, title, document, jurisdiction, area_types, in_force, sha256}…]}} */
    public String list(List<Plan> plans) {
        return StableJson.text(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("plans");
            for (Plan plan : plans) {
                json.writeStartObject();
                summary(json, plan);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /**
     * One version explained: its summary, issuer, decision rule, every version of the plan ({@code versions}, oldest
     * first), its final evaluation if it declares one, its readings, and each criterion with the facts it reads (their
     * meaning and unit) and its source.
     */
    public String explain(Plan plan, List<Plan> versions, FactCatalog catalog) {
        PlanManifest m = plan.manifest();
        return StableJson.text(json -> {
            json.writeStartObject();
            summary(json, plan);
            json.writeStringField("issuer", m.issuer());
            json.writeStringField("decision_rule", m.decisionRule().text().in(language));
            json.writeArrayFieldStart("versions");
            for (Plan version : versions) {
                json.writeStartObject();
                json.writeStringField("version", version.version());
                json.writeStringField("sha256", version.sha256());
                json.writeEndObject();
            }
            json.writeEndArray();
            if (m.finalEvaluation() != null) {
                json.writeObjectFieldStart("final_evaluation");
                json.writeStringField("date", m.finalEvaluation().date().toString());
                json.writeFieldName("source");
                parts.source(json, m.finalEvaluation().source());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("readings");
            for (ReadingDefinition reading : m.readings()) {
                reading(json, reading);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("criteria");
            for (CriterionDefinition criterion : m.criteria()) {
                criterion(json, criterion, catalog);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** A passage open to more than one reading: its question and words, the reading chosen and why, every choice. */
    private void reading(JsonGenerator json, ReadingDefinition reading) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", reading.id());
        json.writeStringField("question", reading.question().in(language));
        json.writeArrayFieldStart("words");
        for (Quote quote : reading.words()) {
            json.writeStartObject();
            json.writeStringField("section", quote.section());
            json.writeStringField("quote", quote.quote());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("chosen", reading.chosen());
        json.writeStringField("reason", reading.reason().in(language));
        json.writeArrayFieldStart("choices");
        for (ReadingChoice choice : reading.choices()) {
            json.writeStartObject();
            json.writeStringField("id", choice.id());
            json.writeStringField("text", choice.text().in(language));
            json.writeArrayFieldStart("facts");
            for (String fact : choice.facts()) {
                json.writeString(fact);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void summary(JsonGenerator json, Plan plan) throws IOException {
        PlanManifest m = plan.manifest();
        json.writeStringField("id", m.id());
        json.writeStringField("version", m.version());
        json.writeStringField("title", m.title().in(language));
        json.writeStringField("document", m.document());
        json.writeObjectFieldStart("jurisdiction");
        json.writeStringField("province", m.jurisdiction().province());
        json.writeStringField("district", m.jurisdiction().district());
        if (m.jurisdiction().area() != null) {
            json.writeStringField("area", m.jurisdiction().area());
        }
        if (!m.jurisdiction().otherNames().isEmpty()) {
            json.writeArrayFieldStart("other_names");
            for (OtherName other : m.jurisdiction().otherNames()) {
                json.writeStartObject();
                json.writeStringField("name", other.name());
                json.writeStringField(
                        "of", other.province() != null ? "province" : other.district() != null ? "district" : "area");
                json.writeStringField("from", other.from().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("area_types");
        for (String type : m.areaTypes()) {
            json.writeString(type);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("in_force");
        json.writeStringField("from", m.inForce().from().toString());
        json.writeStringField("to", m.inForce().to().toString());
        json.writeEndObject();
        json.writeStringField("sha256", plan.sha256());
    }

    private void criterion(JsonGenerator json, CriterionDefinition criterion, FactCatalog catalog) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", criterion.id());
        json.writeStringField("group", criterion.group().id());
        json.writeStringField("group_label", criterion.group().label(language));
        json.writeBooleanField("decisive", criterion.isDecisive());
        json.writeStringField("title", criterion.title().in(language));
        json.writeStringField("requirement", criterion.requirement().in(language));
        if (criterion.leadUnit() != null) {
            json.writeStringField("lead_unit", criterion.leadUnit().in(language));
        }
        json.writeArrayFieldStart("facts");
        for (String fact : criterion.facts()) {
            FactDefinition definition = catalog.get(fact);
            json.writeStartObject();
            json.writeStringField("name", fact);
            json.writeStringField("kind", definition.kind().name().toLowerCase(Locale.ROOT));
            json.writeStringField("meaning", definition.meaning().in(language));
            json.writeStringField(
                    "unit", definition.unit() == null ? null : definition.unit().of(2, language));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeFieldName("source");
        parts.source(json, criterion.source());
        json.writeEndObject();
    }
}
