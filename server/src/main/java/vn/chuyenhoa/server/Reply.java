package vn.chuyenhoa.server;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;

/**
 * A response: status, media type, extra headers, and a body either whole (written at once, with its length) or
 * written as it is made (a batch's thousand verdicts, a review: megabytes that need not sit in memory at once).
 */
record Reply(int status, String mediaType, Map<String, String> headers, byte[] body, Consumer<Writer> stream) {
    static Reply of(int status, String mediaType, String text) {
        return new Reply(status, mediaType, Map.of(), text.getBytes(StandardCharsets.UTF_8), null);
    }

    static Reply json(String text) {
        return of(200, "application/json", text);
    }

    /** A 200 whose body {@code stream} writes, sent as it is written. */
    static Reply streamed(String mediaType, Consumer<Writer> stream) {
        return new Reply(200, mediaType, Map.of(), null, stream);
    }

    static Reply problem(HttpProblem problem, Language language, String requestId) {
        return new Reply(
                problem.status,
                ProblemJson.MEDIA_TYPE,
                problem.headers,
                ProblemJson.of(problem, language, requestId).getBytes(StandardCharsets.UTF_8),
                null);
    }

    static Reply problem(List<InputError> errors, Language language, String requestId) {
        return of(ProblemJson.status(errors), ProblemJson.MEDIA_TYPE, ProblemJson.of(errors, language, requestId));
    }

    /** Sends it; a streamed body is written on this thread, which blocks while the client reads. */
    void send(Response response, Callback callback) {
        response.setStatus(status);
        boolean text = mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("yaml");
        response.getHeaders()
                .put(
                        HttpHeader.CONTENT_TYPE,
                        text && !mediaType.contains("charset") ? mediaType + "; charset=utf-8" : mediaType);
        headers.forEach(response.getHeaders()::put);
        if (stream == null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
            return;
        }
        try (Writer out = new BufferedWriter(
                new OutputStreamWriter(Content.Sink.asOutputStream(response), StandardCharsets.UTF_8), 32 * 1024)) {
            stream.accept(out);
        } catch (IOException | UncheckedIOException gone) {
            callback.failed(gone);
            return;
        }
        callback.succeeded();
    }
}
