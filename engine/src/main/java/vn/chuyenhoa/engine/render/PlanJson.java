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
import vn.chuyenhoa.engine.manifest.PlanManifest;
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
     * first) and each criterion with the facts it reads (their meaning and unit) and its source.
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
            json.writeArrayFieldStart("criteria");
            for (CriterionDefinition criterion : m.criteria()) {
                criterion(json, criterion, catalog);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
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
