package vn.chuyenhoa.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.chuyenhoa.engine.Outcome;

/** What {@code /metrics} shows, in Prometheus' text format: requests, their latency, evaluations by outcome. */
final class Metrics {
    static final String MEDIA_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder()
            .name("chuyenhoa_http_requests")
            .help("HTTP requests answered, by route and status")
            .labelNames("route", "status")
            .register(registry);
    private final Histogram latency = Histogram.builder()
            .name("chuyenhoa_http_request_duration_seconds")
            .help("Time from a request's arrival to its answer, by route")
            .labelNames("route")
            .classicOnly()
            .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
            .register(registry);
    private final Counter evaluations = Counter.builder()
            .name("chuyenhoa_evaluations")
            .help("Areas evaluated, by plan and outcome; documents that could not be evaluated as outcome INVALID")
            .labelNames("plan", "outcome")
            .register(registry);
    private final Gauge inFlight = Gauge.builder()
            .name("chuyenhoa_http_requests_in_flight")
            .help("Requests being read or answered now")
            .register(registry);

    void started() {
        inFlight.inc();
    }

    void answered(Route route, int status, long nanos) {
        inFlight.dec();
        String label = route == null ? "unknown" : route.label();
        requests.labelValues(label, Integer.toString(status)).inc();
        latency.labelValues(label).observe(nanos / 1e9);
    }

    void evaluated(String plan, Outcome outcome) {
        evaluations.labelValues(plan, outcome.name()).inc();
    }

    void invalid() {
        evaluations.labelValues("", "INVALID").inc();
    }

    String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
