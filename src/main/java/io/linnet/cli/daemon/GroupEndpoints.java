package io.linnet.cli.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.linnet.chat.api.GroupChats;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.GroupMember;
import io.linnet.ixian.address.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group chats: {@code POST /v1/groups} (create), {@code GET /v1/groups}, {@code GET /v1/groups/{address}},
 * {@code PATCH /v1/groups/{address}} (rename), {@code POST /v1/groups/{address}/members} (add),
 * {@code DELETE /v1/groups/{address}/members/{member}} (remove), {@code POST /v1/groups/{address}/leave}.
 *
 * <p>A group's address also works wherever a conversation is named ({@link Conversations}).
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
