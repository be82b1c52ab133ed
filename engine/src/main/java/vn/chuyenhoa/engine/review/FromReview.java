package vn.chuyenhoa.engine.review;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsFiles;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.facts.ParserWords;
import vn.chuyenhoa.engine.manifest.FactCatalog;
import vn.chuyenhoa.engine.manifest.PlanManifest;
import vn.chuyenhoa.engine.manifest.ReviewFigures;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.message.Phrase;
import vn.chuyenhoa.engine.message.Shown;

/**
 * The figures of a year review ({@code chuyenhoa review --format json}, schema {@code chuyenhoa.review/v1}) that a
 * plan's facts can take instead of being typed again ({@code evaluate --from-review}): the areas reviewed, those ĐẠT
 * and those CHƯA ĐẠT (the rest, undecided or invalid, stay undecided), and the province's figures on areas
 * transformed in earlier years. Which fact each fills is the plan's to say ({@code from_review} in its manifest).
 *
 * @param file    the review's file, as given
 * @param sha256  of its bytes, recorded in every verdict it fed
 * @param year    the year reviewed
 * @param figures each review figure ({@link ReviewFigures#FIGURES}) and its value, null where the review has none
 */
public record FromReview(String file, String sha256, int year, Map<String, Long> figures) {
    /** A review of 10 000 areas is about 31 MB (docs/review.md); twice that leaves room and still bounds memory. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private static final String SCHEMA = "chuyenhoa.review/v1";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public FromReview {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** Reads the review's summary from {@code path}; anything else in the file is not looked at. */
    public static FromReview read(Path path) {
        String name = path.toString();
        byte[] bytes = FactsFiles.read(path, MAX_FILE_BYTES);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(InputErrors.reviewTooLarge(name, MAX_FILE_BYTES));
        }
        return parse(name, bytes);
    }

    static FromReview parse(String name, byte[] bytes) {
        JsonNode summary = summary(name, bytes);
        JsonNode schema = summary.get("schema");
        if (schema == null || !SCHEMA.equals(schema.asText())) {
            throw invalid(InputErrors.notAReview(name, "$.summary.schema", SCHEMA));
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("areas", count(name, summary, "totals", "areas", true));
        figures.put("transformed", count(name, summary, "totals", "pass", true));
        figures.put("not_transformed", count(name, summary, "totals", "fail", true));
        figures.put(
                "previously_transformed", count(name, summary, "province_figures", "previously_transformed", false));
        figures.put("relapsed", count(name, summary, "province_figures", "relapsed", false));
        JsonNode year = summary.get("year");
        if (year == null || !year.canConvertToInt()) {
            throw invalid(InputErrors.notAReview(name, "$.summary.year", SCHEMA));
        }
        return new FromReview(name, FactsReader.sha256(bytes), year.intValue(), figures);
    }

    /** The review's {@code summary} object, which it writes first; the areas after it are left unread. */
    private static JsonNode summary(String name, byte[] bytes) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(InputErrors.notAReview(name, "$", SCHEMA));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("summary") && parser.currentToken() == JsonToken.START_OBJECT) {
                    return parser.readValueAsTree();
                }
                parser.skipChildren();
            }
            throw invalid(InputErrors.notAReview(name, "$.summary", SCHEMA));
        } catch (IOException e) {
            throw invalid(InputErrors.syntax(name, "$", "JSON", Phrase.of("", ""), ParserWords.of(Shown.reason(e))));
        }
    }

    /** A whole number ≥ 0 at {@code summary.object.field}; null where an optional figure is absent or null. */
    private static Long count(String name, JsonNode summary, String object, String field, boolean required) {
        JsonNode parent = summary.get(object);
        JsonNode value = parent == null ? null : parent.get(field);
        String path = "$.summary." + object + "." + field;
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(InputErrors.notAReview(name, path, SCHEMA));
            }
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0) {
            throw invalid(InputErrors.reviewFigureNotACount(name, path, value.toString()));
        }
        return value.longValue();
    }

    private static InvalidInputException invalid(InputError error) {
        return new InvalidInputException(error);
    }

    /**
     * {@code facts} with the figures of this review filled in where {@code plan} says. Refused: a plan that takes no
     * review figures, a review of another year, a fact given both by the file and by the review (which one would
     * count?), and a part that the review's figures make larger than its whole.
     */
    public FactsFile fill(FactsFile facts, PlanManifest plan, FactCatalog catalog) {
        ReviewFigures mapping = plan.fromReview();
        if (mapping == null) {
            throw invalid(InputErrors.planTakesNoReview(file, plan.reference()));
        }
        if (year != facts.year()) {
            throw invalid(InputErrors.reviewOfAnotherYear(file, year, facts.year()));
        }
        Map<String, Object> added = new LinkedHashMap<>();
        mapping.facts().forEach((figure, fact) -> {
            Long value = figures.get(figure);
            if (value == null) {
                return;
            }
            if (facts.facts().containsKey(fact)) {
                throw invalid(InputErrors.factAlsoFromReview(facts.source(), "$.facts." + fact, file));
            }
            added.put(fact, value);
        });
        FactsFile filled = facts.withReview(added, new FactsFile.ReviewSource(file, sha256));
        // The file's own facts passed this when it was read; the review's must fit beside them.
        List<InputError> over = FactsReader.partsOverWholes(catalog, facts.source(), filled.facts());
        if (!over.isEmpty()) {
            throw new InvalidInputException(over);
        }
        return filled;
    }
}
