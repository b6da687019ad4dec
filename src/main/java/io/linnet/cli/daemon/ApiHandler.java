package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single HTTP handler: checks the bearer token (every path, known or not), finds the route, and turns
 * failures into {@code {"error": "..."}} answers — 401 without the token, 404 for an unknown path, 405 for
 * a wrong method, the {@link ApiException}'s status, and 500 with one line (never a stack trace) otherwise.
 */
final class ApiHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final ApiToken token;
    private final List<Route> routes;

    ApiHandler(ApiToken token, List<Route> routes) {
        this.token = token;
        this.routes = List.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            try {
                if (!token.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
                    ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    throw new ApiException(401, "missing or wrong bearer token (see <data-dir>/" + ApiToken.FILE_NAME + ")");
                }
                dispatch(ex);
            } catch (ApiException e) {
                answerError(ex, e.status(), e.getMessage());
            } catch (IOException e) {
                LOG.debug("client went away: {}", e.toString());
            } catch (RuntimeException e) {
                LOG.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI().getPath(), e);
                answerError(ex, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        TreeSet<String> allowed = new TreeSet<>();
        for (Route r : routes) {
            List<String> params = r.match(path);
            if (params == null) {
                continue;
            }
            if (r.method().equals(method)) {
                r.action().answer(ex, params);
                return;
            }
            allowed.add(r.method());
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound("no such endpoint: " + path);
        }
        ex.getResponseHeaders().set("Allow", String.join(", ", new ArrayList<>(allowed)));
        throw new ApiException(405, method + " is not allowed on " + path + " (allowed: " + String.join(", ", allowed) + ")");
    }

    private static void answerError(HttpExchange ex, int status, String message) {
        if (ex.getResponseCode() != -1) {
            return; // headers already sent (an event stream); nothing more can be said
        }
        try {
            Exchanges.error(ex, status, message);
        } catch (IOException e) {
            LOG.debug("could not send the error: {}", e.toString());
        }
    }
}
