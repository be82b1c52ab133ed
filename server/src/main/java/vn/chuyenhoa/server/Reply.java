package vn.chuyenhoa.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import vn.chuyenhoa.engine.InputError;
import vn.chuyenhoa.engine.Language;

/** A whole response: status, media type, extra headers and the body's bytes, written in one go. */
record Reply(int status, String mediaType, Map<String, String> headers, byte[] body) {
    static Reply of(int status, String mediaType, String text) {
        return new Reply(status, mediaType, Map.of(), text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(String text) {
        return of(200, "application/json", text);
    }

    static Reply problem(HttpProblem problem, Language language, String requestId) {
        return new Reply(
                problem.status,
                ProblemJson.MEDIA_TYPE,
                problem.headers,
                ProblemJson.of(problem, language, requestId).getBytes(StandardCharsets.UTF_8));
    }

    static Reply problem(java.util.List<InputError> errors, Language language, String requestId) {
        return of(ProblemJson.status(errors), ProblemJson.MEDIA_TYPE, ProblemJson.of(errors, language, requestId));
    }

    void send(Response response, Callback callback) {
        response.setStatus(status);
        String type = !mediaType.contains("charset")
                        && (mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("yaml"))
                ? mediaType + "; charset=utf-8"
                : mediaType;
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        headers.forEach(response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
