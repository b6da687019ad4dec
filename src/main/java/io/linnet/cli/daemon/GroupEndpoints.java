package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.GroupChats;
import io.linnet.chat.api.Messenger;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group chats: {@code POST /v1/groups} (create), {@code GET /v1/groups}, {@code GET /v1/groups/{address}},
 * {@code PATCH /v1/groups/{address}} (rename), {@code POST /v1/groups/{address}/members} (add),
 * {@code DELETE /v1/groups/{address}/members/{member}} (remove), {@code POST /v1/groups/{address}/leave}.
 *
 * <p>A group's address also works where a conversation is named: {@link #conversationRoutes} puts in front of
 * {@code POST /v1/messages}, {@code GET /v1/conversations/{address}/messages} and
 * {@code POST /v1/conversations/{address}/read} a route that serves group addresses and hands every other
 * request, untouched, to the route it stands in front of.
 */
final class GroupEndpoints {
    private final DaemonState state;

    GroupEndpoints(DaemonState state) {
        this.state = state;
    }

    List<Route> routes() {
        return List.of(
                Route.of("POST", "/v1/groups", (ex, p) -> create(ex)),
                Route.of("GET", "/v1/groups", (ex, p) -> Exchanges.send(ex, 200,
                        groups().all().stream().map(g -> view(groups(), g)).toList())),
                Route.of("GET", "/v1/groups/{}", (ex, p) -> Exchanges.send(ex, 200, view(groups(), find(p.getFirst())))),
                Route.of("PATCH", "/v1/groups/{}", (ex, p) -> rename(ex, p.getFirst())),
                Route.of("POST", "/v1/groups/{}/members", (ex, p) -> add(ex, p.getFirst())),
                Route.of("DELETE", "/v1/groups/{}/members/{}", (ex, p) -> remove(ex, p.getFirst(), p.get(1))),
                Route.of("POST", "/v1/groups/{}/leave", (ex, p) -> leave(ex, p.getFirst())));
    }

    /**
     * Group-aware routes for the conversation endpoints among {@code messageRoutes}, to be placed before them:
     * each serves a group address and otherwise calls the route it shadows.
     */
    List<Route> conversationRoutes(List<Route> messageRoutes) {
        List<Route> out = new ArrayList<>();
        for (Route r : messageRoutes) {
            if (r.method().equals("POST") && r.match("/v1/messages") != null) {
                out.add(new Route(r.method(), r.path(), (ex, p) -> send(ex, p, r.action())));
            } else if (r.method().equals("GET") && r.match("/v1/conversations/x/messages") != null) {
                out.add(new Route(r.method(), r.path(), (ex, p) -> ifGroup(ex, p, r.action(), this::history)));
            } else if (r.method().equals("POST") && r.match("/v1/conversations/x/read") != null) {
                out.add(new Route(r.method(), r.path(), (ex, p) -> ifGroup(ex, p, r.action(), this::read)));
            }
        }
        return out;
    }

    private GroupChats groups() {
        return state.require().messenger().groups();
    }

    private Group find(String addressText) {
        Address a = Exchanges.address(addressText, "the path's address");
        return groups().find(a).orElseThrow(() -> ApiException.notFound("unknown group " + a));
    }

    private void create(HttpExchange ex) throws IOException {
        ObjectNode body = Exchanges.body(ex);
        String name = Exchanges.text(body, "name");
        JsonNode list = body.get("members");
        if (list == null || !list.isArray()) {
            throw ApiException.badRequest("\"members\" must be an array of addresses");
        }
        List<Address> members = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isTextual()) {
                throw ApiException.badRequest("\"members\" must be an array of addresses");
            }
            members.add(Exchanges.address(n.asText(), "a member"));
        }
        JsonNode hide = body.get("hideParticipants");
        if (hide != null && !hide.isBoolean()) {
            throw ApiException.badRequest("\"hideParticipants\" must be true or false");
        }
        Group g = Stages.await(groups().create(name, members, hide != null && hide.asBoolean(), List.of()));
        Exchanges.send(ex, 201, Map.of("address", g.address().toString()));
    }

    private void rename(HttpExchange ex, String group) throws IOException {
        Group g = find(group);
        String name = Exchanges.text(Exchanges.body(ex), "name");
        Exchanges.send(ex, 200, view(groups(), Stages.await(groups().rename(g.address(), name))));
    }

    private void add(HttpExchange ex, String group) throws IOException {
        Group g = find(group);
        Address member = Exchanges.address(Exchanges.text(Exchanges.body(ex), "address"), "\"address\"");
        Exchanges.send(ex, 200, view(groups(), Stages.await(groups().addMembers(g.address(), List.of(member)))));
    }

    private void remove(HttpExchange ex, String group, String memberText) throws IOException {
        Group g = find(group);
        Address member = Exchanges.address(memberText, "the member's address");
        Exchanges.send(ex, 200, view(groups(), Stages.await(groups().removeMember(g.address(), member))));
    }

    private void leave(HttpExchange ex, String group) throws IOException {
        Group g = find(group);
        Stages.await(groups().leave(g.address()));
        Exchanges.send(ex, 200, Map.of("address", g.address().toString(), "left", true));
    }

    /** {@code POST /v1/messages} to a group; anything else goes on, with its body, to {@code contacts}. */
    private void send(HttpExchange ex, List<String> params, Route.Action contacts) throws IOException {
        byte[] raw;
        try (InputStream in = ex.getRequestBody()) {
            raw = in.readNBytes(Exchanges.MAX_BODY + 1);
        }
        ex.setStreams(new ByteArrayInputStream(raw), null);
        ObjectNode body = Exchanges.body(ex);
        JsonNode to = body.get("to");
        Group g = to != null && to.isTextual() ? group(to.asText()) : null;
        if (g == null) {
            ex.setStreams(new ByteArrayInputStream(raw), null);
            contacts.answer(ex, params);
            return;
        }
        String text = Exchanges.text(body, "text");
        String replyTo = Exchanges.optionalText(body, "replyTo");
        if (text.isEmpty()) {
            throw ApiException.badRequest("\"text\" must not be empty");
        }
        Messenger m = state.require().messenger();
        StoredMessage sent;
        if (replyTo == null) {
            sent = Stages.await(m.sendText(g.address(), text));
        } else {
            Bytes quoted = Exchanges.messageId(replyTo, "\"replyTo\"");
            MessageEndpoints.find(m, g.address(), quoted);
            sent = Stages.await(m.reply(g.address(), quoted, text));
        }
        Exchanges.send(ex, 201, JsonViews.message(sent, m.address()));
    }

    private interface GroupAction {
        void answer(HttpExchange ex, Group g) throws IOException;
    }

    private void ifGroup(HttpExchange ex, List<String> params, Route.Action contacts, GroupAction forGroup) throws IOException {
        Group g = group(params.getFirst());
        if (g == null) {
            contacts.answer(ex, params);
        } else {
            forGroup.answer(ex, g);
        }
    }

    private void history(HttpExchange ex, Group g) throws IOException {
        Messenger m = state.require().messenger();
        int limit = MessageEndpoints.limit(Exchanges.query(ex.getRequestURI().getRawQuery()).get("limit"),
                MessageEndpoints.DEFAULT_LIMIT, MessageEndpoints.MAX_LIMIT);
        Exchanges.send(ex, 200, m.history(g.address(), limit).stream()
                .map(s -> JsonViews.message(s, m.address(), s.deleted() ? List.of() : m.reactions(s.key()))).toList());
    }

    private void read(HttpExchange ex, Group g) throws IOException {
        Exchanges.send(ex, 200, Map.of("marked", Stages.await(state.require().messenger().markRead(g.address()))));
    }

    /** The group with this address, or null when the text names no group we know (left to the shadowed route). */
    private Group group(String addressText) {
        try {
            return groups().find(Address.parseAny(addressText)).orElse(null);
        } catch (io.linnet.ixian.ProtocolException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code {"address","name","owner","hideParticipants","members":[{"address","nickname"}]}}. */
    static Map<String, Object> view(GroupChats groups, Group g) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("address", g.address().toString());
        v.put("name", g.name());
        v.put("owner", g.owner().toString());
        v.put("hideParticipants", g.hideParticipants());
        List<Map<String, Object>> members = new ArrayList<>();
        for (GroupMember m : groups.members(g.address())) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("address", (m.realAddress() != null ? m.realAddress() : m.address()).toString());
            one.put("nickname", m.nickname());
            members.add(one);
        }
        v.put("members", members);
        return v;
    }
}
