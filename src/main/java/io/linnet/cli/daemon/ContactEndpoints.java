package io.linnet.cli.daemon;

import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Contact;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * {@code GET /v1/contacts}, {@code POST /v1/contacts} (send a request), {@code POST /v1/contacts/{address}/accept}
 * and {@code /decline}, {@code PATCH /v1/contacts/{address}} (our own name for it) and
 * {@code DELETE /v1/contacts/{address}} (remove).
 */
final class ContactEndpoints {
    private final DaemonState state;

    ContactEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("GET", "/v1/contacts", (ex, p) -> list(ex)),
                Route.of("POST", "/v1/contacts", (ex, p) -> add(ex)),
                Route.of("POST", "/v1/contacts/{}/accept", (ex, p) -> change(ex, p.getFirst(), Messenger::acceptContact)),
                Route.of("POST", "/v1/contacts/{}/decline", (ex, p) -> change(ex, p.getFirst(), Messenger::declineContact)),
                Route.of("DELETE", "/v1/contacts/{}", (ex, p) -> change(ex, p.getFirst(), Messenger::removeContact)),
                Route.of("PATCH", "/v1/contacts/{}", (ex, p) -> {
                    String nickname = Exchanges.text(Exchanges.body(ex), "localNickname").strip();
                    if (nickname.length() > 100) {
                        throw ApiException.badRequest("the local nickname has at most 100 characters");
                    }
                    change(ex, p.getFirst(), (m, who) -> m.setLocalNickname(who, nickname));
                }));
    }

    private void list(HttpExchange ex) throws IOException {
        Messenger m = state.require().messenger();
        Exchanges.send(ex, 200, m.contacts().stream().map(c -> JsonViews.contact(c, m.isOnline(c.address()))).toList());
    }

    private void add(HttpExchange ex) throws IOException {
        Address to = Exchanges.address(Exchanges.text(Exchanges.body(ex), "address"), "\"address\"");
        Messenger m = state.require().messenger();
        if (to.equals(m.address())) {
            throw ApiException.badRequest("that is our own address");
        }
        Exchanges.send(ex, 201, JsonViews.contact(Stages.await(m.addContact(to))));
    }

    /** A use case on an existing contact (404 otherwise); answers with the contact as it is after it. */
    private void change(HttpExchange ex, String addressText, BiFunction<Messenger, Address, CompletionStage<Contact>> action)
            throws IOException {
        Address who = Exchanges.address(addressText, "the path's address");
        Messenger m = state.require().messenger();
        find(m, who);
        Exchanges.send(ex, 200, JsonViews.contact(Stages.await(action.apply(m, who)), m.isOnline(who)));
    }

    /** The contact with that address, or a 404. */
    static Contact find(Messenger m, Address who) {
        return m.contacts().stream().filter(c -> c.address().equals(who)).findFirst()
                .orElseThrow(() -> ApiException.notFound("unknown contact " + who));
    }
}
