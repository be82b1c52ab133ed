package vn.chuyenhoa.server;

import java.util.List;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.ErrorCode;
import vn.chuyenhoa.engine.message.Spelling;
import vn.chuyenhoa.engine.render.StableJson;

/**
 * Errors as {@code application/problem+json} (RFC 9457): {@code type} is {@code urn:chuyenhoa:error:} and the
 * error's code ({@code unknown-fact}: docs/errors.md; the server's own: docs/api.md), {@code status}, {@code detail}
 * the command line's one-line message, {@code path} where it is (a JSON path, or a query parameter's name),
 * {@code suggestion} for a misspelt name, {@code errors} every error of the document, and {@code request_id}.
 */
final class ProblemJson {
    static final String TYPE = "urn:chuyenhoa:error:";
    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {}

    /** The status of a document's errors: its first error's (DESIGN 1.5). */
    static int status(List<InputError> errors) {
        InputError first = errors.get(0);
        ErrorCode code = first.code();
        return switch (code) {
            case FILE_TOO_LARGE -> 413;
            case NOT_UTF8, EMPTY_FILE, SYNTAX, DUPLICATE_KEY, LIMIT_EXCEEDED -> 400;
            // A plan named in the path or the query that does not exist; one named in the document is the
            // document's error.
            case UNKNOWN_PLAN -> first.parameter() != null ? 404 : 422;
            // A query parameter's value that is not one it takes; the same in a document cannot be evaluated.
            case INVALID_VALUE, UNKNOWN_AREA_TYPE, UNKNOWN_READING -> first.parameter() != null ? 400 : 422;
            default -> 422;
        };
    }

    /** The problem of a document (or of a request's parameters) with {@code errors}, the first deciding. */
    static String of(List<InputError> errors, Language language, String requestId) {
        InputError first = errors.get(0);
        return write(json -> {
            json.writeStringField("type", TYPE + first.code().id());
            json.writeNumberField("status", status(errors));
            json.writeStringField("detail", first.message(language, Spelling.QUERY));
            json.writeStringField("path", first.where(Spelling.QUERY));
            if (first.suggestion() != null) {
                json.writeStringField("suggestion", first.suggestion());
            }
            json.writeArrayFieldStart("errors");
            for (InputError error : errors) {
                json.writeStartObject();
                json.writeStringField("type", TYPE + error.code().id());
                json.writeStringField("message", error.message(language, Spelling.QUERY));
                json.writeStringField("path", error.where(Spelling.QUERY));
                if (error.suggestion() != null) {
                    json.writeStringField("suggestion", error.suggestion());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("request_id", requestId);
        });
    }

    /** The problem of a request refused before the engine saw it. */
    static String of(HttpProblem problem, Language language, String requestId) {
        return write(json -> {
            json.writeStringField("type", TYPE + problem.type);
            json.writeNumberField("status", problem.status);
            json.writeStringField("detail", problem.message(language));
            if (problem.where != null) {
                json.writeStringField("path", problem.where);
            }
            if (problem.suggestion != null) {
                json.writeStringField("suggestion", problem.suggestion);
            }
            json.writeStringField("request_id", requestId);
        });
    }

    private static String write(StableJson.Body fields) {
        return StableJson.text(json -> {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        });
    }
}
