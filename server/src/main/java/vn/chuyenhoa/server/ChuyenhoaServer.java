package vn.chuyenhoa.server;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chuyenhoa.engine.Plan;
import vn.chuyenhoa.engine.Plans;

/**
 * The engine over HTTP: a Jetty server whose handlers are, from the outside in, the security headers, the graceful
 * stop (requests under way finish; new ones get 503), CORS when origins are configured, {@link Front} (route, token,
 * parameters, media type, size, time), the cap on requests evaluated at once (Jetty's {@link QoSHandler}: the
 * excess waits, then gets 503) and {@link Endpoints}.
 *
 * <pre>{@code
 * ChuyenhoaServer server = ChuyenhoaServer.start(Plans.load(), ServerOptions.defaults());
 * server.uri();   // http://127.0.0.1:8080/
 * server.stop();  // after the requests under way
 * }</pre>
 */
public final class ChuyenhoaServer {
    private static final Logger LOG = LoggerFactory.getLogger(ChuyenhoaServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final DecisionLog decisions;

    private ChuyenhoaServer(Server server, ServerConnector connector, DecisionLog decisions) {
        this.server = server;
        this.connector = connector;
        this.decisions = decisions;
    }

    /**
     * Starts serving {@code plans}, and only them: nothing in a request can load or compile a rule set. Returns once
     * the port is open; each plan's rules are built in the background, and {@code /health} says ready when they
     * are (a request before then builds the rules it needs itself).
     *
     * @throws IOException when the port cannot be opened or the decision log cannot be opened for appending
     */
    public static ChuyenhoaServer start(Plans plans, ServerOptions options) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, options.maxConcurrent() * 2), 4);
        threads.setName("chuyenhoa-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.host());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(options.maxConnections(), connector));

        Metrics metrics = new Metrics();
        DecisionLog decisions = options.decisionLog() == null ? null : DecisionLog.open(options.decisionLog());
        AtomicBoolean ready = new AtomicBoolean();
        QoSHandler cap = new QoSHandler(new Endpoints(plans, metrics, decisions, ready));
        cap.setMaxRequestCount(options.maxConcurrent());
        cap.setMaxSuspend(options.requestTimeout());
        Front front = new Front(cap, options, metrics);
        server.setHandler(new SecurityHeaders(new GracefulHandler(cors(new Pages(front), options))));
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(options.requestTimeout().toMillis());
        try {
            server.start();
        } catch (Exception e) {
            if (decisions != null) {
                decisions.close();
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        Thread warmUp = new Thread(() -> build(plans, ready), "chuyenhoa-rules");
        warmUp.setDaemon(true);
        warmUp.start();
        return new ChuyenhoaServer(server, connector, decisions);
    }

    /** Builds every plan's rules; ready when all are built. A rule set that cannot be built is logged, never ready. */
    private static void build(Plans plans, AtomicBoolean ready) {
        boolean built = true;
        for (Plan plan : plans.all()) {
            try {
                plan.verify();
            } catch (RuntimeException e) {
                built = false;
                LOG.error("the rules of {} cannot be built", plan, e);
            }
        }
        ready.set(built);
    }

    private static Handler cors(Handler next, ServerOptions options) {
        if (options.corsOrigins().isEmpty()) {
            return next;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.copyOf(options.corsOrigins().stream()
                .map(origin -> java.util.regex.Pattern.quote(origin))
                .toList()));
        cors.setAllowedMethods(Set.of("GET", "POST"));
        cors.setAllowedHeaders(Set.of("Authorization", "Content-Type", "Accept"));
        cors.setExposedHeaders(Set.of("X-Request-Id"));
        cors.setHandler(next);
        return cors;
    }

    /** The port it listens on (the one chosen when the options asked for 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://host:port/} */
    public URI uri() {
        String host = connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /**
     * Stops accepting, lets the requests under way finish (up to the request time-out), then stops; requests still
     * unfinished by then are cut off, which the log says.
     */
    public void stop() throws Exception {
        try {
            server.stop();
        } catch (TimeoutException unfinished) {
            LOG.warn("stopped with requests unfinished after the request time-out");
        } finally {
            if (decisions != null) {
                decisions.close();
            }
        }
        LOG.info("stopped");
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        server.join();
    }
}
