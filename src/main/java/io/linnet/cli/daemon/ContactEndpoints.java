package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.util.List;

/** {@code GET /v1/contacts}, {@code POST /v1/contacts} (send a request), {@code POST /v1/contacts/{address}/accept}. */
final class ContactEndpoints {
    private final DaemonState state;

    ContactEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/contacts", (ex, p) -> Exchanges.send(ex, 200,
                        state.require().messenger().contacts().stream().map(JsonViews::contact).toList())),
                Route.of("POST", "/v1/contacts", (ex, p) -> add(ex)),
                Route.of("POST", "/v1/contacts/{}/accept", (ex, p) -> accept(ex, p.getFirst())));
    }

    private void add(HttpExchange ex) throws IOException {
        Address to = Exchanges.address(Exchanges.text(Exchanges.body(ex), "address"), "\"address\"");
        Messenger m = state.require().messenger();
        if (to.equals(m.address())) {
            throw ApiException.badRequest("that is our own address");
        }
        Exchanges.send(ex, 201, JsonViews.contact(Stages.await(m.addContact(to))));
    }

    private void accept(HttpExchange ex, String addressText) throws IOException {
        Address who = Exchanges.address(addressText, "the path's address");
        Messenger m = state.require().messenger();
        find(m, who);
        Exchanges.send(ex, 200, JsonViews.contact(Stages.await(m.acceptContact(who))));
    }

    /** The contact with that address, or a 404. */
    static Contact find(Messenger m, Address who) {
        return m.contacts().stream().filter(c -> c.address().equals(who)).findFirst()
                .orElseThrow(() -> ApiException.notFound("unknown contact " + who));
    }
}
