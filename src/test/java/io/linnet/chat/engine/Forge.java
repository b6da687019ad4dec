package io.linnet.chat.engine;

import io.linnet.chat.core.Envelopes;
import io.linnet.chat.store.Contact;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/** Hand-made traffic for tests: messages sealed with the pair keys two peers really agreed, and their opening. */
final class Forge {
    private Forge() {}

    /** A spixi2 message from {@code from} to {@code to} carrying {@code body}. */
    static StreamMessage spixi2(Peer from, Peer to, SpixiMessage body, Bytes id, long timestamp) {
        return spixi2(from, to.address(), body, id, timestamp);
    }

    static StreamMessage spixi2(Peer from, Address to, SpixiMessage body, Bytes id, long timestamp) {
        Contact c = from.db.read(tx -> tx.contacts().find(to)).orElseThrow();
        PairKeys keys = Envelopes.pairKeys(c).orElseThrow();
        StreamMessage plain = StreamMessage.builder(1, InstantSource.system()).id(id).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.SPIXI2).sender(from.address()).recipient(to).data(Bytes.of(body.encode()))
                .requireRcvConfirmation(true).timestamp(timestamp).build();
        return StreamMessageCrypto.encrypt(plain, keys);
    }

    static long now() {
        return InstantSource.system().instant().getEpochSecond();
    }

    /** The SpixiMessage inside a spixi2 message {@code m} that {@code receiver} got, if it opens. */
    static Optional<SpixiMessage> open(Peer receiver, StreamMessage m) {
        if (m.encryptionType() != EncryptionCode.SPIXI2) {
            return Optional.empty();
        }
        try {
            Contact c = receiver.db.read(tx -> tx.contacts().find(m.sender())).orElseThrow();
            return Optional.of(SpixiMessage.decode(StreamMessageCrypto.decrypt(m, Envelopes.pairKeys(c).orElseThrow())
                    .message().data().toByteArray()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Whether {@code s} is a chat message in any of its forms (Spixi's, Linnet's ordered or quoting chat). */
    static boolean isChat(SpixiMessage s) {
        return s.is(io.linnet.ixian.spixi.SpixiMessageCode.CHAT) || s.type() == io.linnet.chat.wire.LinnetWire.CHAT_ORDERED
                || s.type() == io.linnet.chat.wire.LinnetWire.CHAT_REPLY;
    }

    /** Everything {@code from} sent to {@code to} on {@code net}, opened. */
    static List<SpixiMessage> sent(MemoryNet net, Peer from, Peer to) {
        return net.sent.stream().filter(m -> from.address().equals(m.sender()) && to.address().equals(m.recipient()))
                .map(m -> open(to, m)).flatMap(Optional::stream).toList();
    }
}
