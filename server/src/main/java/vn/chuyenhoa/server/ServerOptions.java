package vn.chuyenhoa.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to serve.
 *
 * @param host           the address to listen on; any other than a loopback address needs {@code token}
 * @param port           the port, 0 for a free one
 * @param token          the bearer token every request but {@code /health} must carry, or null for none
 * @param decisionLog    the file that gets one JSON line per evaluation, or null for none
 * @param maxBody        the largest body of a batch or a review, in bytes (one facts document keeps the facts-file
 *                       limit of 1 MiB)
 * @param requestTimeout how long a client may take to send a request's body
 * @param idleTimeout    how long a connection may stay silent, between requests or within one
 * @param maxConcurrent  requests evaluated at once; more wait for their turn (up to {@code requestTimeout}), then
 *                       get 503
 * @param maxConnections connections open at once; more wait to be accepted
 * @param corsOrigins    the origins whose pages may call the API from a browser (CORS); empty for none
 * @throws IllegalArgumentException when the address is not loopback and there is no token, or the token is too
 *                                  short to be a secret; the message says why, in Vietnamese and English
 */
public record ServerOptions(
        String host,
        int port,
        String token,
        Path decisionLog,
        long maxBody,
        Duration requestTimeout,
        Duration idleTimeout,
        int maxConcurrent,
        int maxConnections,
        List<String> corsOrigins) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** A batch of 1 000 areas is about 1 MB; sixteen times that leaves room for a province's review. */
    public static final long DEFAULT_MAX_BODY = 16L * 1024 * 1024;
    /**
     * Requests evaluated at once. Fewer made the excess wait its turn through Jetty's suspend and resume, which cost
     * more throughput than it saved on two cores (docs/performance.md, "The server").
     */
    public static final int DEFAULT_MAX_CONCURRENT = 64;
    /** The environment variable that holds the token when no token file is given. */
    public static final String TOKEN_VARIABLE = "CHUYENHOA_TOKEN";
    /** Fewer characters than this are guessable, not a secret. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerOptions {
        corsOrigins = List.copyOf(corsOrigins);
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("mã truy cập (token) quá ngắn: cần ít nhất " + MIN_TOKEN_LENGTH
                    + " ký tự / the token is too short: it needs at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("không phục vụ trên địa chỉ " + host
                    + " khi không có mã truy cập: ngoài 127.0.0.1 ai cũng gọi được, nên phải có --token-file FILE hoặc"
                    + " biến môi trường " + TOKEN_VARIABLE + " / refusing to listen on " + host
                    + " without a token: beyond loopback anyone on the network could call it; give --token-file FILE"
                    + " or set " + TOKEN_VARIABLE);
        }
    }

    /** Loopback, no token, the default limits: what {@code chuyenhoa serve} does without options. */
    public static ServerOptions defaults() {
        return new ServerOptions(
                DEFAULT_HOST,
                DEFAULT_PORT,
                null,
                null,
                DEFAULT_MAX_BODY,
                Duration.ofSeconds(30),
                Duration.ofSeconds(30),
                DEFAULT_MAX_CONCURRENT,
                4096,
                List.of());
    }

    public ServerOptions withPort(int otherPort) {
        return new ServerOptions(
                host,
                otherPort,
                token,
                decisionLog,
                maxBody,
                requestTimeout,
                idleTimeout,
                maxConcurrent,
                maxConnections,
                corsOrigins);
    }

    /** Whether {@code host} names only this machine (a name is resolved: {@code localhost} is loopback). */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
