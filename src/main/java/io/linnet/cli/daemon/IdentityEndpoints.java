package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/identity} (create), {@code POST /v1/unlock} and {@code GET /v1/identity}. */
final class IdentityEndpoints {
    private final DaemonState state;

    IdentityEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/identity", (ex, p) -> create(ex)),
                Route.of("GET", "/v1/identity", (ex, p) -> Exchanges.send(ex, 200, view(state.require()))),
                Route.of("POST", "/v1/unlock", (ex, p) -> unlock(ex)));
    }

    private void create(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        String nickname = Exchanges.text(body, "nickname").strip();
        String password = Exchanges.text(body, "password");
        if (nickname.length() > 100) {
            throw ApiException.badRequest("the nickname has at most 100 characters");
        }
        OpenProfile p;
        try {
            p = state.create(nickname, password);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Exchanges.send(ex, 201, view(p));
    }

    private void unlock(HttpExchange ex) throws IOException {
        String password = Exchanges.text(Exchanges.body(ex), "password");
        Exchanges.send(ex, 200, view(state.unlock(password)));
    }

    private static Map<String, Object> view(OpenProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", p.messenger().address().toString());
        m.put("nickname", p.nickname());
        return m;
    }
}
