package vn.chuyenhoa.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The analysts' web pages: three HTML pages and their scripts and style, served from the jar (nothing from another
 * site, no font, no CDN), and {@code POST /session}, where a page that got a 401 trades the token the analyst typed
 * for an HttpOnly, SameSite=Strict cookie (DESIGN 1.5). The pages hold no plan and no words of the engine: each is
 * built in the browser from the {@code /v1} API, so it shows what any other client gets. Every other path goes on
 * to {@link Front}.
 */
final class Pages extends Handler.Wrapper {
    /** The cookie that carries the token for the pages. */
    static final String COOKIE = "chuyenhoa_token";

    /**
     * The pages' policy: their own scripts and style only, requests to this server only. Inline style is allowed
     * for the review's HTML report, which the review page shows as the engine renders it (its own inline CSS and
     * SVG); no inline script is.
     */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final String ROOT = "pages/";
    private static final String YAML_PARSER = "/META-INF/resources/webjars/js-yaml/4.1.0/dist/js-yaml.min.js";

    /** Path → the file's bytes and media type, read once at start-up (about 60 KB). */
    private final Map<String, Asset> assets = new HashMap<>();

    private final Front front;

    private record Asset(String mediaType, byte[] bytes) {}

    Pages(Front front) {
        super(front);
        this.front = front;
        page("/", "index.html");
        page("/index.html", "index.html");
        page("/area.html", "area.html");
        page("/review.html", "review.html");
        for (String name : new String[] {"common.js", "start.js", "area.js", "review.js"}) {
            assets.put("/assets/" + name, new Asset("text/javascript", read(ROOT + name)));
        }
        assets.put("/assets/app.css", new Asset("text/css", read(ROOT + "app.css")));
        assets.put("/assets/js-yaml.min.js", new Asset("text/javascript", read(YAML_PARSER)));
    }

    private void page(String path, String file) {
        assets.put(path, new Asset("text/html", read(ROOT + file)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        Asset asset = assets.get(path);
        if (asset != null && (method.equals("GET") || method.equals("HEAD"))) {
            response.setStatus(200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.mediaType + "; charset=utf-8");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, asset.bytes.length);
            response.getHeaders().put("Content-Security-Policy", POLICY);
            response.write(true, method.equals("HEAD") ? null : ByteBuffer.wrap(asset.bytes), callback);
            return true;
        }
        if (path.equals("/session") && method.equals("POST")) {
            session(request, response, callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /**
     * {@code POST /session} with the token as the body (text, at most 1 KiB), from the server's own page: 204 with
     * the cookie when it is the server's token, 401 when not, 404 when the server has none.
     */
    private void session(Request request, Response response, Callback callback) throws IOException {
        String id = java.util.UUID.randomUUID().toString();
        response.getHeaders().put("X-Request-Id", id);
        Content.Source.asString(request, StandardCharsets.UTF_8, new org.eclipse.jetty.util.Promise.Invocable<>() {
            @Override
            public void succeeded(String body) {
                Reply reply;
                if (!front.hasToken()) {
                    reply = Reply.problem(HttpProblem.notFound("/session"), front.language(request), id);
                } else if (!front.sameOrigin(request)) {
                    reply = Reply.problem(
                            HttpProblem.foreignOrigin(request.getHeaders().get(HttpHeader.ORIGIN)),
                            front.language(request),
                            id);
                } else if (body.length() > 1024 || !front.isToken(body.strip())) {
                    reply = Reply.problem(HttpProblem.unauthorized(true), front.language(request), id);
                } else {
                    response.getHeaders()
                            .put(
                                    HttpHeader.SET_COOKIE,
                                    COOKIE + "=" + Front.cookieValue(body.strip())
                                            + "; Path=/; HttpOnly; SameSite=Strict");
                    response.setStatus(204);
                    response.write(true, null, callback);
                    return;
                }
                reply.send(response, callback);
            }

            @Override
            public void failed(Throwable failure) {
                Reply.problem(HttpProblem.fromJetty(400), front.language(request), id)
                        .send(response, callback);
            }
        });
    }

    private static byte[] read(String name) {
        // A name without a leading slash is beside this class; the YAML parser's is the WebJar's path.
        try (InputStream in = Pages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the server jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }
}
