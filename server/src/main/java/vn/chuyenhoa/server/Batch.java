package vn.chuyenhoa.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chuyenhoa.engine.FileError;
import vn.chuyenhoa.engine.FileResult;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.InvalidInputException;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;
import vn.chuyenhoa.engine.Verdict;
import vn.chuyenhoa.engine.choice.PlanSelection;
import vn.chuyenhoa.engine.facts.FactsFile;
import vn.chuyenhoa.engine.facts.FactsReader;

/**
 * {@code POST /v1/evaluate/batch}: many facts documents in one body, each read and checked on its own (one bad
 * document never loses the others), evaluated plan by plan in one pass of the rules each, answered in their order.
 */
final class Batch {
    private static final JsonFactory JSON = new JsonFactory();

    private Batch() {}

    /**
     * Each document's own bytes: a JSON array's elements, from an element's first character to its last, or an
     * NDJSON body's lines that are not blank, without their line ends. {@code input_sha256} hashes these bytes.
     *
     * @throws HttpProblem 400 when a JSON body is not an array whose elements can be told apart
     */
    static List<byte[]> documents(String mediaType, byte[] body) {
        return mediaType.equals("application/x-ndjson") ? lines(body) : elements(body);
    }

    private static List<byte[]> lines(byte[] body) {
        List<byte[]> documents = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (!blank(body, start, end)) {
                    documents.add(Arrays.copyOfRange(body, start, end));
                }
                start = i + 1;
            }
        }
        return documents;
    }

    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> elements(byte[] body) {
        List<byte[]> documents = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            try {
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw notAnArray(parser.currentTokenLocation());
                }
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw notAnArray(parser.currentLocation());
                    }
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getByteOffset();
                    documents.add(Arrays.copyOfRange(body, start, end));
                }
                if (parser.nextToken() != null) {
                    throw notAnArray(parser.currentTokenLocation());
                }
            } catch (JsonProcessingException e) {
                throw notAnArray(e.getLocation() != null ? e.getLocation() : parser.currentLocation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
        return documents;
    }

    private static HttpProblem notAnArray(JsonLocation where) {
        return HttpProblem.notAnArray("JSON array", where.getLineNr(), where.getColumnNr());
    }

    /**
     * Every document's verdict, or its error, in order. Documents whose plan is the same are evaluated together:
     * {@link Plan#evaluateAll} runs the rules once for the lot.
     */
    static List<FileResult> evaluate(
            Plans plans, List<byte[]> documents, String plan, PlanSelection selection, Map<String, String> readings) {
        FactsReader reader = plans.reader(plan);
        FileResult[] results = new FileResult[documents.size()];
        FactsFile[] facts = new FactsFile[documents.size()];
        Map<Plan, List<Integer>> byPlan = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            try {
                facts[i] = reader.read(null, FactsReader.Format.JSON, documents.get(i));
                Plan chosen = plans.choose(facts[i], plan, selection);
                Optional<InputError> outside = chosen.periodError(facts[i]);
                if (outside.isPresent()) {
                    results[i] = new FileError(null, List.of(outside.get()));
                } else {
                    byPlan.computeIfAbsent(chosen, p -> new ArrayList<>()).add(i);
                }
            } catch (InvalidInputException e) {
                results[i] = new FileError(null, e.errors());
            }
        }
        byPlan.forEach((chosen, indexes) -> {
            List<Verdict> verdicts;
            try {
                verdicts =
                        chosen.evaluateAll(indexes.stream().map(i -> facts[i]).toList(), readings);
            } catch (InvalidInputException e) {
                // A reading the plan does not declare: every document under that plan has the error.
                indexes.forEach(i -> results[i] = new FileError(null, e.errors()));
                return;
            }
            for (int k = 0; k < indexes.size(); k++) {
                results[indexes.get(k)] = verdicts.get(k);
            }
        });
        return Arrays.asList(results);
    }
}
