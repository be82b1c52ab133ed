package vn.chuyenhoa.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chuyenhoa.engine.Language;
import vn.chuyenhoa.engine.facts.FactsReader;
import vn.chuyenhoa.engine.message.InputErrors;
import vn.chuyenhoa.engine.workbook.Workbooks;

/**
 * Everything a request must pass before the engine sees it, in order: its route (404, 405), the token (401), its
 * query parameters (400), its media type (415), its size (413) and the time its body takes (408). The body is read
 * as it arrives, without holding a thread while a client is slow, and only then is the request handed on, to the
 * cap on requests evaluated at once and the endpoints.
 */
final class Front extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(Front.class);

    private final byte[] tokenDigest;
    private final long maxBody;
    private final long requestTimeoutMillis;
    private final Metrics metrics;

    Front(Handler next, ServerOptions options, Metrics metrics) {
        super(next);
        this.tokenDigest = options.token() == null ? null : sha256(options.token());
        this.maxBody = options.maxBody();
        this.requestTimeoutMillis = options.requestTimeout().toMillis();
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(UUID.randomUUID().toString(), System.nanoTime());
        exchange.attach(request);
        response.getHeaders().put("X-Request-Id", exchange.id);
        metrics.started();
        Callback counted = Callback.from(
                callback,
                () -> metrics.answered(exchange.route, response.getStatus(), System.nanoTime() - exchange.startNanos));
        // Nothing leaves here as an exception: Jetty would answer it, but the graceful stop would count the request
        // as under way forever.
        try {
            check(request, exchange);
            if (exchange.route.body == Route.Body.NONE) {
                return next(request, response, counted, exchange);
            }
            long limit = exchange.route.body == Route.Body.FACTS ? FactsReader.MAX_FILE_BYTES : maxBody;
            // A client that waits for "100 Continue" has not sent the body: refused at once. Any other is read on
            // (and dropped) below, since closing on a client still sending can reset the connection before it
            // reads the answer.
            if (request.getLength() > limit && request.getHeaders().contains(HttpHeader.EXPECT, "100-continue")) {
                tooLarge(exchange, limit).send(response, counted);
                return true;
            }
            new BodyReader(request, response, counted, exchange, limit).start();
        } catch (HttpProblem problem) {
            Reply.problem(problem, exchange.language, exchange.id).send(response, counted);
        } catch (RuntimeException bug) {
            LOG.error("internal error {} on {} {}", exchange.id, request.getMethod(), request.getHttpURI(), bug);
            Reply.problem(HttpProblem.internal(exchange.id), exchange.language, exchange.id)
                    .send(response, counted);
        }
        return true;
    }

    /** A body over its limit: for one facts document the engine's error, in its words; for the others the server's. */
    private static Reply tooLarge(Exchange exchange, long limit) {
        return exchange.route.body == Route.Body.FACTS
                ? Reply.problem(List.of(InputErrors.fileTooLarge(null, limit)), exchange.language, exchange.id)
                : Reply.problem(HttpProblem.bodyTooLarge(limit), exchange.language, exchange.id);
    }

    private boolean next(Request request, Response response, Callback callback, Exchange exchange) {
        boolean handled;
        try {
            handled = super.handle(request, response, callback);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!handled) {
            Reply.problem(HttpProblem.notFound(request.getHttpURI().getPath()), exchange.language, exchange.id)
                    .send(response, callback);
        }
        return true;
    }

    private void check(Request request, Exchange exchange) {
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw HttpProblem.fromJetty(400);
        }
        exchange.language = language(query.get("lang"));
        String path = decodedPath(request);
        // The token before the route: without it, not even which paths exist is answered.
        if (tokenDigest != null && !path.equals(Route.HEALTH.template)) {
            checkToken(request);
        }
        Route.Match match = Route.match(request.getMethod(), path);
        exchange.route = match.route();
        exchange.planId = match.id();
        for (Fields.Field field : query) {
            if (!match.route().parameters.contains(field.getName())) {
                throw HttpProblem.unknownParameter(field.getName(), match.route().parameters);
            }
            if (field.getValues().size() > 1 && !field.getName().equals(Route.REPEATABLE)) {
                throw HttpProblem.parameterTwice(field.getName());
            }
        }
        exchange.query = query;
        if (match.route().body != Route.Body.NONE) {
            exchange.contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            exchange.mediaType = exchange.contentType == null
                    ? null
                    : exchange.contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            List<String> accepted = accepted(match.route());
            if (!accepted.contains(exchange.mediaType)) {
                throw HttpProblem.unsupportedMediaType(exchange.mediaType, accepted);
            }
        }
    }

    /** The path, its %-escapes decoded; a malformed escape is a bad request, as in the query. */
    private static String decodedPath(Request request) {
        try {
            return request.getHttpURI().getDecodedPath();
        } catch (IllegalArgumentException e) {
            throw HttpProblem.fromJetty(400);
        }
    }

    /** The media types a route reads (docs/api.md). */
    static List<String> accepted(Route route) {
        return switch (route) {
            case EVALUATE, VALIDATE ->
                List.of("application/json", "application/yaml", "application/x-yaml", "text/yaml");
            case BATCH -> List.of("application/json", "application/x-ndjson");
            case REVIEW -> List.of("multipart/form-data", "text/csv", Workbooks.MEDIA_TYPE);
            default -> List.of();
        };
    }

    private static Language language(Fields.Field lang) {
        if (lang == null) {
            return Language.VI;
        }
        String value = lang.getValue();
        if ("en".equals(value)) {
            return Language.EN;
        }
        if (!"vi".equals(value)) {
            throw HttpProblem.invalidParameter("lang", value, "vi hoặc en", "vi or en");
        }
        return Language.VI;
    }

    /**
     * The bearer token of the request's {@code Authorization}, or the pages' cookie (DESIGN 1.5): a request with the
     * cookie that evaluates or changes anything (any POST) must come from the server's own origin, so that another
     * site's page cannot use an analyst's cookie.
     */
    private void checkToken(Request request) {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String prefix = "Bearer ";
        if (authorization != null && authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            if (!isToken(authorization.substring(prefix.length()).strip())) {
                throw HttpProblem.unauthorized(true);
            }
            return;
        }
        String cookie = cookie(request);
        if (cookie == null) {
            throw HttpProblem.unauthorized(false);
        }
        if (!isToken(cookie)) {
            throw HttpProblem.unauthorized(true);
        }
        if (!request.getMethod().equals("GET") && !sameOrigin(request)) {
            throw HttpProblem.foreignOrigin(request.getHeaders().get(HttpHeader.ORIGIN));
        }
    }

    boolean hasToken() {
        return tokenDigest != null;
    }

    /** Whether {@code candidate} is the server's token. */
    boolean isToken(String candidate) {
        // Digests of equal length compared in constant time: the time says nothing of how much of the token matched.
        return tokenDigest != null && MessageDigest.isEqual(tokenDigest, sha256(candidate));
    }

    /** The token as the cookie carries it: base64url, so that any character of a token is safe in a cookie. */
    static String cookieValue(String token) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    /** The token the pages' cookie carries, or null when the request has none (or a malformed one). */
    private static String cookie(Request request) {
        for (org.eclipse.jetty.http.HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(Pages.COOKIE)) {
                try {
                    return new String(
                            java.util.Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return "";
                }
            }
        }
        return null;
    }

    /** Whether the request comes from a page of this server: its Origin is this server's, or the browser says so. */
    boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return "same-origin".equals(request.getHeaders().get("Sec-Fetch-Site"));
        }
        org.eclipse.jetty.http.HttpURI uri = request.getHttpURI();
        return origin.equalsIgnoreCase(uri.getScheme() + "://" + uri.getAuthority());
    }

    /** The language a request asks for, for an answer given before its parameters are checked. */
    Language language(Request request) {
        try {
            Fields.Field lang = Request.extractQueryParameters(request, StandardCharsets.UTF_8)
                    .get("lang");
            return lang != null && "en".equals(lang.getValue()) ? Language.EN : Language.VI;
        } catch (IllegalArgumentException malformed) {
            return Language.VI;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Reads a body as its chunks arrive (Jetty calls back when more is there, on a pooled thread), up to
     * {@code limit} bytes and within the request time-out, then hands the request on.
     */
    private final class BodyReader implements Runnable {
        /** How much of a body over its limit is read and dropped before the refusal is sent anyway. */
        private static final long DROP_AT_MOST = 64L * 1024 * 1024;

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final Exchange exchange;
        private final long limit;
        private final ByteArrayOutputStream body;
        private final AtomicBoolean done = new AtomicBoolean();
        /** Whether the body went over its limit, and how much of it has been read and dropped since. */
        private boolean over;

        private long dropped;
        private Scheduler.Task timeout;

        BodyReader(Request request, Response response, Callback callback, Exchange exchange, long limit) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.exchange = exchange;
            this.limit = limit;
            long length = request.getLength();
            this.body = new ByteArrayOutputStream(length > 0 && length <= limit ? (int) length : 8192);
        }

        void start() {
            timeout = request.getComponents()
                    .getScheduler()
                    .schedule(
                            () -> request.fail(new TimeoutException("request timeout")),
                            requestTimeoutMillis,
                            TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    HttpProblem problem = failure instanceof TimeoutException
                            ? HttpProblem.requestTimeout(requestTimeoutMillis / 1000)
                            : HttpProblem.fromJetty(400);
                    finish(Reply.problem(problem, exchange.language, exchange.id));
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (over || body.size() + (long) bytes.remaining() > limit) {
                    // Over the limit: the rest is read and dropped, up to DROP_AT_MOST, then refused.
                    over = true;
                    dropped += bytes.remaining();
                    boolean last = chunk.isLast();
                    chunk.release();
                    if (last || dropped > DROP_AT_MOST) {
                        finish(tooLarge(exchange, limit));
                        return;
                    }
                    continue;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.write(copy, 0, copy.length);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    exchange.body = body.toByteArray();
                    finish(null);
                    return;
                }
            }
        }

        /** Answers {@code refusal}, or hands the request on when it is null. */
        private void finish(Reply refusal) {
            if (!done.compareAndSet(false, true)) {
                return;
            }
            timeout.cancel();
            try {
                if (refusal != null) {
                    refusal.send(response, callback);
                } else {
                    next(request, response, callback, exchange);
                }
            } catch (Throwable failure) {
                callback.failed(failure);
            }
        }
    }
}
