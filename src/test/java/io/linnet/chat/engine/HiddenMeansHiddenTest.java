package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hidden means hidden: an owner and four members in privacy mode (the members are contacts of the owner
 * only) go through 1 000 actions of every kind — texts, replies, edits, reactions, deletes, typing, read
 * marks, and the owner's avatar, rename, removal and re-adding, a member leaving and coming back. Every
 * StreamMessage each member receives is captured, as network bytes and as its decrypted SpixiMessage, and
 * searched for every encoding of every other member's real address and public key ({@link AddressExposure}):
 * none may appear. As a control, the other members' virtual addresses must appear.
 */
class HiddenMeansHiddenTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(5);

    @Test
    void noMemberEverReceivesAnotherMembersRealAddressOrKey() {
        try (Crew crew = new Crew(IDS).connect(false)) {
            for (Peer m : crew.members()) {
                Peer.await(m.engine.setProfile("member " + crew.peers.indexOf(m), io.linnet.ixian.codec.Bytes.of(new byte[] {7})));
            }
            Group g = crew.group("hidden", true, List.of());
            List<Messenger> members = crew.members().stream().map(p -> (Messenger) p.engine).toList();
            Map<GroupScript.Kind, Integer> done = new GroupScript(crew.owner().engine, members, g.address(), 42).run(1000, true);
            for (GroupScript.Kind k : GroupScript.Kind.values()) {
                assertTrue(done.getOrDefault(k, 0) > 0, "the script did some " + k + ": " + done);
            }
            WireCensus.drained(crew);

            int checked = 0;
            for (Peer member : crew.members()) {
                List<Peer> others = crew.members().stream().filter(p -> p != member).toList();
                AddressExposure exposure = new AddressExposure(others.stream().map(Peer::address).toList(),
                        others.stream().map(p -> p.id.key().publicKey().toIxianBytes()).toList());
                AddressExposure control = new AddressExposure(
                        others.stream().map(p -> GroupAddress.derive(p.address(), g.randomId().toByteArray())).toList(), List.of());
                List<byte[]> received = received(crew, member);
                assertTrue(received.size() > 2000, received.size() + " captures");
                boolean virtualSeen = false;
                for (byte[] bytes : received) {
                    Optional<String> leak = exposure.find(bytes);
                    if (leak.isPresent()) {
                        fail(member.address() + " received " + leak.get());
                    }
                    virtualSeen |= control.find(bytes).isPresent();
                    checked++;
                }
                assertTrue(virtualSeen, "the capture holds the group traffic (virtual addresses appear)");
                assertTrue(crew.net.sent.stream().filter(s -> s.recipient().equals(member.address()))
                        .allMatch(s -> s.sender().equals(crew.owner().address())), "only the owner talks to a member");
            }
            assertTrue(checked > 8000, checked + " byte strings checked");
        }
    }

    /** The SpixiMessage inside, under whatever encryption it travelled (the handshake's none and rsa2 too). */
    static SpixiMessage opened(Peer member, StreamMessage s) {
        try {
            return switch (s.encryptionType()) {
                case NONE -> SpixiMessage.decode(s.data().toByteArray());
                case RSA2 -> SpixiMessage.decode(StreamMessageCrypto.decrypt(s, member.id.key()).message().data().toByteArray());
                default -> Forge.open(member, s).orElseThrow(() -> new AssertionError("does not open: " + s.id()));
            };
        } catch (io.linnet.ixian.ProtocolException | io.linnet.ixian.crypto.DecryptionException e) {
            throw new AssertionError(e);
        }
    }

    /** Everything {@code member} received: each StreamMessage's network bytes and its decrypted SpixiMessage. */
    static List<byte[]> received(Crew crew, Peer member) {
        List<byte[]> out = new ArrayList<>();
        for (StreamMessage s : crew.net.sent) {
            if (s.recipient().equals(member.address())) {
                out.add(s.encode());
                out.add(opened(member, s).encode());
            }
        }
        return out;
    }

}
