package vn.chuyenhoa.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, whatever answers it: nothing is cached, sniffed, framed or allowed to load
 * anything but the review report's own inline styles and images.
 */
final class SecurityHeaders extends Handler.Wrapper {
    SecurityHeaders(Handler next) {
        super(next);
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-store");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
                        + " base-uri 'none'; form-action 'none'");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }
}
