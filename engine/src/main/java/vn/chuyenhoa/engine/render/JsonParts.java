package vn.chuyenhoa.engine.render;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.Area;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.Quote;
import vn.chuyenhoa.engine.manifest.Source;
import vn.chuyenhoa.engine.message.Spelling;

/** The objects that verdicts and reviews write alike in JSON: a plan, an area, a source, an error. */
final class JsonParts {
    private final Language language;
    private final Spelling spelling;

    JsonParts(Language language, Spelling spelling) {
        this.language = language;
        this.spelling = spelling;
    }

    /**
     * {@code {id, version, title, sha256}}: the rule set that decided; {@code "draft": true} after them for a draft
     * given with {@code --rules}, so that a released rule set's object is the same bytes it always was.
     */
    void plan(JsonGenerator json, PlanManifest plan, String sha256, boolean draft) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", plan.id());
        json.writeStringField("version", plan.version());
        json.writeStringField("title", plan.title().in(language));
        json.writeStringField("sha256", sha256);
        if (draft) {
            json.writeBooleanField("draft", true);
        }
        json.writeEndObject();
    }

    /** {@code {name, district, province}}, and {@code types} when a verdict writes it. */
    void area(JsonGenerator json, Area area, boolean withTypes) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", area.name());
        json.writeStringField("district", area.district());
        json.writeStringField("province", area.province());
        if (withTypes) {
            json.writeArrayFieldStart("types");
            for (String type : area.types()) {
                json.writeString(type);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * {@code {document, section, quote}}: where in the plan a criterion or target comes from; with
     * {@code more_quotes: [{section, quote}]} when it quotes more than one place (the cells of a table's row).
     */
    void source(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("document", source.document());
        json.writeStringField("section", source.section());
        json.writeStringField("quote", source.quote());
        if (!source.moreQuotes().isEmpty()) {
            json.writeArrayFieldStart("more_quotes");
            for (Quote quote : source.moreQuotes()) {
                json.writeStartObject();
                json.writeStringField("section", quote.section());
                json.writeStringField("quote", quote.quote());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * {@code {message, path, suggestion?}}: one input error, its message in the language; {@code path} is the JSON
     * path, or the parameter the error is about as the front end spells it.
     */
    void error(JsonGenerator json, InputError error) throws IOException {
        json.writeStartObject();
        json.writeStringField("message", error.message(language, spelling));
        json.writeStringField("path", error.where(spelling));
        if (error.suggestion() != null) {
            json.writeStringField("suggestion", error.suggestion());
        }
        json.writeEndObject();
    }
}
