package vn.chuyenhoa.server;

import java.util.UUID;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chuyenhoa.engine.Language;

/**
 * The answers Jetty itself gives (malformed HTTP, a full or stopping server, a failure outside the endpoints) as
 * problem documents like every other error, with the security headers; an unexpected failure is logged with the id
 * the answer gives.
 */
final class ProblemErrorHandler extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Exchange exchange = Exchange.of(request);
        String id = exchange != null ? exchange.id : UUID.randomUUID().toString();
        HttpProblem problem = code == 500 ? HttpProblem.internal(id) : HttpProblem.fromJetty(code);
        if (code == 500) {
            LOG.error("internal error {} on {} {}", id, request.getMethod(), request.getHttpURI(), cause);
        }
        Language language = exchange != null ? exchange.language : Language.VI;
        SecurityHeaders.apply(response.getHeaders());
        Reply.problem(problem, language, id).send(response, callback);
    }
}
