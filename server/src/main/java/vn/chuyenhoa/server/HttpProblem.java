package vn.chuyenhoa.server;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.message.Suggestions;

/**
 * A request the server refuses before the engine sees it: a path, method, token, media type, size, parameter or
 * time that is not right. Each has a status, a stable type (docs/api.md) and its one line in Vietnamese and English
 * side by side, the HTTP front end's counterpart of the command line's usage errors. Input errors found by the
 * engine are not these: they keep the engine's codes and words ({@link ProblemJson#of(List, Language, String)}).
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    /** The type's last part: {@code not-found} in {@code urn:chuyenhoa:error:not-found}. */
    final String type;

    private final String vi;
    private final String en;
    /** Where the problem is: a query parameter's name, or null. */
    final String where;

    final String suggestion;
    /** Headers the status calls for: {@code Allow}, {@code WWW-Authenticate}. */
    final transient Map<String, String> headers;

    private HttpProblem(
            int status,
            String type,
            String vi,
            String en,
            String where,
            String suggestion,
            Map<String, String> headers) {
        super(type + ": " + en, null, false, false);
        this.status = status;
        this.type = type;
        this.vi = vi;
        this.en = en;
        this.where = where;
        this.suggestion = suggestion;
        this.headers = headers;
    }

    private static HttpProblem of(int status, String type, String vi, String en) {
        return new HttpProblem(status, type, vi, en, null, null, Map.of());
    }

    /** The one-line message, as the command line writes one: where, what, and "did you mean". */
    String message(Language language) {
        StringBuilder line = new StringBuilder();
        if (where != null) {
            line.append(where).append(": ");
        }
        line.append(language.pick(vi, en));
        if (suggestion != null) {
            line.append(language.pick(" — có phải ý bạn là \"", " — did you mean \""))
                    .append(suggestion)
                    .append("\"?");
        }
        return line.toString();
    }

    static HttpProblem notFound(String path) {
        return of(
                404,
                "not-found",
                "không có đường dẫn " + quoted(path) + " (các đường dẫn: /openapi.json)",
                "no such path: " + quoted(path) + " (the paths: /openapi.json)");
    }

    static HttpProblem methodNotAllowed(String method, List<String> allowed) {
        String methods = String.join(", ", allowed);
        return new HttpProblem(
                405,
                "method-not-allowed",
                "đường dẫn này không nhận " + method + ", chỉ nhận " + methods,
                "this path does not take " + method + ", only " + methods,
                null,
                null,
                Map.of("Allow", methods));
    }

    static HttpProblem unauthorized(boolean tokenGiven) {
        return new HttpProblem(
                401,
                "unauthorized",
                tokenGiven
                        ? "mã truy cập không đúng"
                        : "cần mã truy cập: gửi tiêu đề Authorization: Bearer <mã truy cập>",
                tokenGiven ? "the token is not right" : "a token is needed: send Authorization: Bearer <token>",
                null,
                null,
                Map.of("WWW-Authenticate", "Bearer realm=\"chuyenhoa\""));
    }

    /** The token cookie on a request that evaluates or changes something, from another site's page. */
    static HttpProblem foreignOrigin(String origin) {
        return new HttpProblem(
                401,
                "unauthorized",
                "mã truy cập trong cookie chỉ dùng được từ các trang của chính máy chủ này, không từ "
                        + (origin == null ? "một trang khác" : origin),
                "the token cookie is accepted only from this server's own pages, not from "
                        + (origin == null ? "another page" : origin),
                null,
                null,
                Map.of("WWW-Authenticate", "Bearer realm=\"chuyenhoa\""));
    }

    static HttpProblem unsupportedMediaType(String found, List<String> accepted) {
        String list = String.join(", ", accepted);
        return of(
                415,
                "unsupported-media-type",
                "không đọc được nội dung kiểu " + (found == null ? "(không ghi Content-Type)" : quoted(found))
                        + "; nhận: " + list,
                "cannot read content of type " + (found == null ? "(no Content-Type)" : quoted(found)) + "; accepted: "
                        + list);
    }

    static HttpProblem notAcceptable(String accept, List<String> offered) {
        String list = String.join(", ", offered);
        return of(
                406,
                "not-acceptable",
                "không trả được kiểu " + quoted(accept) + "; có: " + list,
                "cannot answer with " + quoted(accept) + "; available: " + list);
    }

    static HttpProblem bodyTooLarge(long limit) {
        return of(
                413,
                "body-too-large",
                "nội dung lớn hơn giới hạn " + Language.VI.number(limit) + " byte",
                "the body is larger than the limit of " + Language.EN.number(limit) + " bytes");
    }

    static HttpProblem unknownParameter(String name, Collection<String> known) {
        String list = known.isEmpty()
                ? "(không có)"
                : String.join(", ", known.stream().sorted().toList());
        String listEn = known.isEmpty()
                ? "(none)"
                : String.join(", ", known.stream().sorted().toList());
        return new HttpProblem(
                400,
                "unknown-parameter",
                "tham số không có ở đường dẫn này; có: " + list,
                "this path has no such parameter; it has: " + listEn,
                name,
                Suggestions.closest(name, known).orElse(null),
                Map.of());
    }

    static HttpProblem parameterTwice(String name) {
        return new HttpProblem(
                400, "invalid-value", "tham số được ghi hai lần", "the parameter is given twice", name, null, Map.of());
    }

    /** A query parameter whose value is not one it takes: {@code expectedVi}/{@code expectedEn} say what is. */
    static HttpProblem invalidParameter(String name, String value, String expectedVi, String expectedEn) {
        return new HttpProblem(
                400,
                "invalid-value",
                "cần " + expectedVi + ", không phải " + quoted(value),
                "expected " + expectedEn + ", not " + quoted(value),
                name,
                null,
                Map.of());
    }

    static HttpProblem notAnArray(String format, long line, long column) {
        return of(
                400,
                "syntax",
                "nội dung không phải " + format + " đọc được (dòng " + line + ", cột " + column + ")",
                "the body is not readable " + format + " (line " + line + ", column " + column + ")");
    }

    static HttpProblem multipartUnreadable() {
        return of(
                400,
                "syntax",
                "không đọc được nội dung multipart/form-data (ranh giới các phần, tiêu đề của phần)",
                "cannot read the multipart/form-data body (the boundary between parts, a part's headers)");
    }

    static HttpProblem noReviewFiles() {
        return of(
                400,
                "no-facts-files",
                "không có tệp nào: gửi các tệp số liệu (.json, .yaml) hoặc tệp CSV trong multipart/form-data",
                "no file: send facts files (.json, .yaml) or a CSV file as multipart/form-data");
    }

    static HttpProblem requestTimeout(long seconds) {
        return of(
                408,
                "request-timeout",
                "nội dung không gửi xong trong " + seconds + " giây",
                "the body did not arrive within " + seconds + " seconds");
    }

    static HttpProblem internal(String id) {
        return of(
                500,
                "internal",
                "lỗi nội bộ của chuyenhoa (không phải lỗi của dữ liệu gửi); mã lỗi " + id
                        + " có trong nhật ký của máy chủ, xin báo kèm mã này",
                "internal error of chuyenhoa (not a problem with what was sent); the error id " + id
                        + " is in the server's log, please report it with this id");
    }

    /** A status Jetty gives before or around the endpoints: malformed HTTP, a full server, a stop under way. */
    static HttpProblem fromJetty(int status) {
        return switch (status) {
            case 400 -> of(400, "bad-request", "yêu cầu HTTP không đúng cú pháp", "malformed HTTP request");
            case 404 -> notFound("?");
            case 408 -> of(408, "request-timeout", "yêu cầu quá hạn", "the request timed out");
            case 413 -> of(413, "body-too-large", "yêu cầu quá lớn", "the request is too large");
            case 431 -> of(431, "headers-too-large", "tiêu đề quá lớn", "the request's headers are too large");
            case 503 ->
                of(
                        503,
                        "unavailable",
                        "máy chủ đang quá tải hoặc đang dừng; thử lại sau",
                        "the server is overloaded or stopping; try again later");
            default -> of(status, "http-" + status, "lỗi HTTP " + status, "HTTP error " + status);
        };
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < text.length() && shown < 100; i++, shown++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append(text.length() > 100 ? "…\"" : "\"").toString();
    }
}
