package vn.chuyenhoa.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import vn.chuyenhoa.engine.Language;

/**
 * One request as the endpoints see it, once {@link Front} has checked it: its id, the route, the plan its path
 * names, its query parameters (each known to the route, each once), the language of the answer, and the body.
 */
final class Exchange {
    private static final String ATTRIBUTE = Exchange.class.getName();

    final String id;
    final long startNanos;
    Route route;
    String planId;
    Fields query = new Fields();
    Language language = Language.VI;
    /** The request's {@code Content-Type} as sent (a multipart body's boundary is in it), or null. */
    String contentType;
    /** Its media type alone, in lower case: {@code application/json}. */
    String mediaType;

    byte[] body = new byte[0];

    Exchange(String id, long startNanos) {
        this.id = id;
        this.startNanos = startNanos;
    }

    void attach(Request request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Exchange of(Request request) {
        return (Exchange) request.getAttribute(ATTRIBUTE);
    }

    /** Every value of a query parameter given more than once, in the request's order; empty when not given. */
    java.util.List<String> parameters(String name) {
        Fields.Field field = query.get(name);
        return field == null ? java.util.List.of() : field.getValues();
    }

    /** A query parameter's value, or null when it is not given. */
    String parameter(String name) {
        Fields.Field field = query.get(name);
        return field == null ? null : field.getValue();
    }
}
