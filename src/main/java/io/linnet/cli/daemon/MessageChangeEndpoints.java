package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * What changes one message or tells the contact something: {@code PATCH} (edit) and {@code DELETE} (delete
 * for everyone) of {@code /v1/conversations/{address}/messages/{id}}, {@code POST …/reactions} (set or, with
 * {@code ""}, remove our reaction), {@code POST …/retry} (send a failed message again) and
 * {@code POST /v1/conversations/{address}/typing}. Each answers with the message as it is afterwards. The
 * conversation is a contact or a group ({@link Conversations}).
 */
final class MessageChangeEndpoints {
    private static final String MESSAGE = "/v1/conversations/{}/messages/{}";
    private final DaemonState state;

    MessageChangeEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("PATCH", MESSAGE, (ex, p) -> {
                    String text = Exchanges.text(Exchanges.body(ex), "text");
                    if (text.isEmpty()) {
                        throw ApiException.badRequest("\"text\" must not be empty");
                    }
                    change(ex, p, (m, key) -> m.edit(key, text));
                }),
                Route.of("DELETE", MESSAGE, (ex, p) -> change(ex, p, Messenger::deleteForEveryone)),
                Route.of("POST", MESSAGE + "/reactions", (ex, p) -> {
                    ObjectNode body = Exchanges.body(ex);
                    String emoji = Exchanges.text(body, "emoji");
                    change(ex, p, (m, key) -> m.react(key, emoji));
                }),
                Route.of("POST", MESSAGE + "/retry", (ex, p) -> change(ex, p, (m, key) -> m.retry(key).thenAccept(n -> {
                    if (n == 0) {
                        throw ApiException.conflict("nothing to retry: the message has not failed");
                    }
                }))),
                Route.of("POST", "/v1/conversations/{}/typing", (ex, p) -> typing(ex, p.getFirst())));
    }

    /** Runs a use case on an existing message of the conversation (404 otherwise) and answers with the message. */
    private void change(HttpExchange ex, List<String> params, BiFunction<Messenger, MessageKey, CompletionStage<?>> action)
            throws IOException {
        Messenger m = state.require().messenger();
        Address who = Conversations.require(m, Exchanges.address(params.get(0), "the path's address"));
        StoredMessage before = MessageEndpoints.find(m, who, Exchanges.messageId(params.get(1), "the path's message id"));
        Stages.await(action.apply(m, before.key()));
        StoredMessage after = m.message(before.key()).orElse(before);
        Exchanges.send(ex, 200, JsonViews.message(after, m.address(), after.deleted() ? List.of() : m.reactions(after.key())));
    }

    private void typing(HttpExchange ex, String addressText) throws IOException {
        Messenger m = state.require().messenger();
        Address who = Conversations.require(m, Exchanges.address(addressText, "the path's address"));
        Stages.await(m.typing(who));
        Exchanges.send(ex, 200, Map.of());
    }
}
