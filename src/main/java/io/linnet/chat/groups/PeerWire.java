package io.linnet.chat.groups;

import io.linnet.chat.store.Contact;
import io.linnet.chat.wire.ChatPayload;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.chat.wire.ReplyPayload;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.FileHeaderMessage;
import io.linnet.ixian.spixi.ReactionMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import java.util.Optional;

/**
 * A group message as one next hop may receive it. A contact announcing {@link LinnetWire#LINNET_EXTENSIONS}
 * gets it as it is; a Spixi peer gets an ordered or quoting chat as plain chat, a read-up-to marker as one
 * {@code msgRead} and a file offer without Linnet's hash tail, and nothing of what Spixi cannot take in a
 * group (edits, typing, reaction removals, anything on a channel other than 0, since Spixi members never
 * learn of channels).
 * Stateless.
 */
final class PeerWire {
    private PeerWire() {}

    static Optional<SpixiMessage> forPeer(SpixiMessage s, Contact to) {
        if (LinnetWire.supportsExtensions(to.capabilities())) {
            return Optional.of(s);
        }
        if (s.channel() != 0) {
            return Optional.empty();
        }
        if (s.type() == LinnetWire.CHAT_ORDERED) {
            return Optional.of(retype(s, SpixiMessageCode.CHAT.number(), Bytes.utf8(decode(s, ChatPayload::decode).text())));
        }
        if (s.type() == LinnetWire.CHAT_REPLY) {
            return Optional.of(retype(s, SpixiMessageCode.CHAT.number(), Bytes.utf8(decode(s, ReplyPayload::decode).text())));
        }
        if (s.is(SpixiMessageCode.FILE_HEADER)) {
            return Optional.of(retype(s, s.type(), Bytes.of(decode(s, FileHeaderMessage::decode).withoutHash().encode())));
        }
        if (s.type() == LinnetWire.READ_UP_TO) {
            return Optional.of(retype(s, SpixiMessageCode.MSG_READ.number(), s.data()));
        }
        if (s.type() == LinnetWire.EDIT || s.is(SpixiMessageCode.MSG_TYPING) || isReactionRemoval(s)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static SpixiMessage retype(SpixiMessage s, int type, Bytes data) {
        return new SpixiMessage(type, data, s.channel(), s.groupAddress(), s.groupSenderAddress());
    }

    private interface Decoder<T> {
        T decode(byte[] bytes) throws ProtocolException;
    }

    /** A payload that was accepted (ours, or checked on receipt) and so decodes. */
    private static <T> T decode(SpixiMessage s, Decoder<T> decoder) {
        try {
            return decoder.decode(s.data().toByteArray());
        } catch (ProtocolException e) {
            throw new IllegalStateException("an accepted payload no longer decodes", e);
        }
    }

    private static boolean isReactionRemoval(SpixiMessage s) {
        return s.is(SpixiMessageCode.MSG_REACTION) && decode(s, ReactionMessage::decode).reaction().isEmpty();
    }
}
