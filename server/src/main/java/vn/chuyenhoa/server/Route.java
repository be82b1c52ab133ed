package vn.chuyenhoa.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The endpoints (DESIGN 1.5, docs/api.md): method, path, the query parameters each takes and the body it reads. */
enum Route {
    HEALTH("GET", "/health", Body.NONE),
    METRICS("GET", "/metrics", Body.NONE),
    OPENAPI("GET", "/openapi.json", Body.NONE),
    PLANS("GET", "/v1/plans", Body.NONE, "lang", "province", "area_type", "year"),
    PLAN("GET", "/v1/plans/{id}", Body.NONE, "lang"),
    SCHEMA("GET", "/v1/plans/{id}/schema", Body.NONE, "lang"),
    TEMPLATE("GET", "/v1/plans/{id}/template", Body.NONE, "lang", "format", "year"),
    EVALUATE(
            "POST",
            "/v1/evaluate",
            Body.FACTS,
            "lang",
            "plan",
            "province",
            "area_type",
            "year",
            "reading",
            "ignore_jurisdiction"),
    BATCH(
            "POST",
            "/v1/evaluate/batch",
            Body.LARGE,
            "lang",
            "plan",
            "province",
            "area_type",
            "year",
            "reading",
            "ignore_jurisdiction"),
    VALIDATE("POST", "/v1/validate", Body.FACTS, "lang", "plan"),
    REVIEW(
            "POST",
            "/v1/review",
            Body.LARGE,
            "lang",
            "plan",
            "year",
            "window",
            "communes",
            "previously_transformed",
            "relapsed",
            "csv_separator");

    /** What a request to the route carries. */
    enum Body {
        /** Nothing. */
        NONE,
        /** One facts document, within the facts-file limit. */
        FACTS,
        /** Many documents or files, within the server's body limit. */
        LARGE
    }

    final String method;
    final String template;
    final Body body;
    final Set<String> parameters;
    /** The one parameter a request may give more than once: a reading each time ({@code reading=ID=CHOICE}). */
    static final String REPEATABLE = "reading";

    private final String[] segments;

    Route(String method, String template, Body body, String... parameters) {
        this.method = method;
        this.template = template;
        this.body = body;
        this.parameters = Set.of(parameters);
        this.segments = template.substring(1).split("/");
    }

    /** A route and the plan its path names ({@code {id}}), or null. */
    record Match(Route route, String id) {}

    /**
     * The route of {@code method} and {@code path} (decoded).
     *
     * @throws HttpProblem 404 for a path no route has, 405 for a path that has routes for other methods only
     */
    static Match match(String method, String path) {
        String[] parts = path.startsWith("/") ? path.substring(1).split("/", -1) : new String[] {""};
        List<String> allowed = new ArrayList<>();
        for (Route route : values()) {
            String id = route.idIn(parts);
            if (id == null) {
                continue;
            }
            if (route.method.equals(method)) {
                return new Match(route, id.isEmpty() ? null : id);
            }
            allowed.add(route.method);
        }
        throw allowed.isEmpty() ? HttpProblem.notFound(path) : HttpProblem.methodNotAllowed(method, allowed);
    }

    /** The {@code {id}} segment of {@code parts} when they fit this route's template ("" when it has none), else null. */
    private String idIn(String[] parts) {
        if (parts.length != segments.length) {
            return null;
        }
        String id = "";
        for (int i = 0; i < parts.length; i++) {
            if (segments[i].equals("{id}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                id = parts[i];
            } else if (!segments[i].equals(parts[i])) {
                return null;
            }
        }
        return id;
    }

    /** The name the metrics give this route: its template. */
    String label() {
        return template;
    }
}
