package vn.chuyenhoa.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.chuyenhoa.engine.Verdict;

/**
 * The decision log (OPA's is the model): one JSON line per evaluation, appended to a file with one write per line, so
 * that lines from requests at once never interleave and a line is whole or absent. What it holds identifies the
 * decision without the facts themselves: time, request id, plan id, version and rule-set sha256, the input's
 * sha256, the outcome and how long the request's evaluation took.
 */
final class DecisionLog implements Closeable {
    private static final JsonFactory JSON = new JsonFactory();

    private final FileChannel file;

    private DecisionLog(FileChannel file) {
        this.file = file;
    }

    static DecisionLog open(Path path) throws IOException {
        return new DecisionLog(
                FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /**
     * One line for {@code verdict}; {@code index} is its place in a batch, or -1 for a single document.
     *
     * @throws UncheckedIOException when the line cannot be written: an unlogged decision is not answered
     */
    void write(String requestId, int index, Verdict verdict, long nanos) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(320);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeStringField(
                    "time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            json.writeStringField("request_id", requestId);
            if (index >= 0) {
                json.writeNumberField("index", index);
            }
            json.writeStringField("plan", verdict.plan().id());
            json.writeStringField("version", verdict.plan().version());
            json.writeStringField("rule_set_sha256", verdict.ruleSetSha256());
            json.writeStringField("input_sha256", verdict.input().sha256());
            json.writeStringField("outcome", verdict.outcome().name());
            json.writeNumberField("duration_ms", nanos / 1_000_000.0);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.write('\n');
        ByteBuffer bytes = ByteBuffer.wrap(line.toByteArray());
        try {
            // With APPEND each write goes to the end of the file in one piece; a regular file takes it whole.
            while (bytes.hasRemaining()) {
                file.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the decision log", e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
