package io.linnet.cli.tool;

import com.fasterxml.jackson.databind.JsonNode;
import io.linnet.cli.InvalidInputException;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.BotChannel;
import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.GroupChannel;
import io.linnet.ixian.spixi.GroupParticipant;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/** JSON forms of SpixiMessage, CreateGroupMessage and ReactionMessage used by {@code tool encode/decode}. */
final class SpixiJson {
    private SpixiJson() {}

    static SpixiMessage spixiMessage(JsonNode j) throws ProtocolException {
        long type = Json.longField(j, "type", -1);
        if (type < 0 || type > Integer.MAX_VALUE) {
            throw new InvalidInputException("\"type\" must be a message code (0..2147483647)");
        }
        long channel = Json.longField(j, "channel", 0);
        if (channel < Integer.MIN_VALUE || channel > Integer.MAX_VALUE) {
            throw new InvalidInputException("\"channel\" must be a 32-bit integer");
        }
        byte[] data = Json.hexField(j, "data");
        return new SpixiMessage((int) type, data == null ? null : Bytes.of(data), (int) channel,
                address(j, "groupAddress"), address(j, "groupSenderAddress"));
    }

    private static Address address(JsonNode j, String name) throws ProtocolException {
        String text = Json.textField(j, name);
        return text == null ? null : Address.parseAny(text);
    }

    static Map<String, Object> spixiMessage(SpixiMessage m) {
        Map<String, Object> o = Json.object();
        o.put("type", m.type());
        o.put("data", m.data() == null ? null : m.data().toHex());
        o.put("channel", m.channel());
        o.put("groupAddress", m.groupAddress() == null ? null : Json.hex(m.groupAddress().noChecksum()));
        o.put("groupSenderAddress", m.groupSenderAddress() == null ? null : Json.hex(m.groupSenderAddress().noChecksum()));
        return o;
    }

    static CreateGroupMessage createGroup(JsonNode j) throws ProtocolException {
        byte[] randomId = Json.hexField(j, "randomId");
        if (randomId == null || randomId.length == 0) {
            throw new InvalidInputException("missing \"randomId\"");
        }
        String name = Json.textField(j, "groupName");
        if (name == null) {
            throw new InvalidInputException("missing \"groupName\"");
        }
        JsonNode hide = j.get("hideParticipantAddresses");
        if (hide != null && !hide.isBoolean() && !hide.isNull()) {
            throw new InvalidInputException("\"hideParticipantAddresses\" must be true or false");
        }
        SequencedMap<Address, String> participants = new LinkedHashMap<>();
        for (JsonNode p : array(j, "participants")) {
            String address = Json.textField(p, "address");
            if (address == null) {
                throw new InvalidInputException("participant without \"address\"");
            }
            String nick = Json.textField(p, "nick");
            participants.put(Address.parseAny(address), nick == null ? "" : nick);
        }
        List<GroupChannel> channels = new ArrayList<>();
        for (JsonNode c : array(j, "channels")) {
            String channelName = Json.textField(c, "name");
            if (channelName == null) {
                throw new InvalidInputException("channel without \"name\"");
            }
            long index = Json.longField(c, "index", channels.size() + 1L);
            channels.add(new GroupChannel(channelName, new BotChannel((int) index, channelName)));
        }
        return CreateGroupMessage.create(Bytes.of(randomId), name, hide != null && hide.asBoolean(), participants,
                channels, CreateGroupMessage.LINNET_MAX_PARTICIPANTS);
    }

    private static Iterable<JsonNode> array(JsonNode j, String name) {
        JsonNode a = j.get(name);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new InvalidInputException("\"" + name + "\" must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : a) {
            if (!e.isObject()) {
                throw new InvalidInputException("\"" + name + "\" must hold objects");
            }
            out.add(e);
        }
        return out;
    }

    static Map<String, Object> createGroup(CreateGroupMessage m) {
        Map<String, Object> o = Json.object();
        o.put("randomId", m.randomId().toHex());
        o.put("groupName", m.groupName());
        o.put("hideParticipantAddresses", m.hideParticipantAddresses());
        List<Map<String, Object>> participants = new ArrayList<>();
        for (GroupParticipant p : m.participants()) {
            Map<String, Object> e = Json.object();
            e.put("address", p.id().toHex());
            e.put("nick", p.nick());
            participants.add(e);
        }
        o.put("participants", participants);
        List<Map<String, Object>> channels = new ArrayList<>();
        for (GroupChannel c : m.channels()) {
            Map<String, Object> e = Json.object();
            e.put("name", c.name());
            e.put("index", c.channel().index());
            channels.add(e);
        }
        o.put("channels", channels);
        return o;
    }

    static ReactionMessage reaction(JsonNode j) {
        byte[] msgId = Json.hexField(j, "msgId");
        String reaction = Json.textField(j, "reaction");
        if (msgId == null || msgId.length == 0 || reaction == null) {
            throw new InvalidInputException("a reaction needs \"msgId\" (hex) and \"reaction\"");
        }
        return new ReactionMessage(Bytes.of(msgId), reaction);
    }
}
