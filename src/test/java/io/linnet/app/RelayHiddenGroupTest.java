package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.linnet.chat.api.Messenger;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.engine.AddressExposure;
import io.linnet.chat.engine.GroupScript;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCrypto;
import io.linnet.s2.client.S2ClientListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden means hidden through a real relay on 127.0.0.1: an owner and four members as full profiles in a
 * privacy-mode group run a scripted mix of every kind of action; every StreamMessage each member's S2
 * client hands up is captured and, with its decrypted SpixiMessage, searched for the other members' real
 * addresses and public keys in every encoding {@link AddressExposure} knows.
 */
class RelayHiddenGroupTest {
    @TempDir
    Path dir;
    RelayFixture net;
    final List<ProfileRuntime> open = new ArrayList<>();

    @AfterEach
    void stop() {
        for (ProfileRuntime p : open) {
            p.close();
        }
        if (net != null) {
            net.close();
        }
    }

    @Test
    void membersNeverReceiveEachOthersAddressesThroughARealRelay() throws Exception {
        net = new RelayFixture(dir);
        net.startRelay();
        ProfileRuntime owner = track(net.profile("owner"));
        List<ProfileRuntime> members = new ArrayList<>();
        for (String name : List.of("m1", "m2", "m3", "m4")) {
            ProfileRuntime m = track(net.profile(name));
            RelayFixture.connect(owner.messenger(), m.messenger());
            members.add(m);
        }
        List<List<StreamMessage>> captured = new ArrayList<>();
        for (ProfileRuntime m : members) {
            List<StreamMessage> got = new CopyOnWriteArrayList<>();
            m.client().addListener(new S2ClientListener() {
                @Override
                public void onStreamMessage(StreamMessage message, String relay) {
                    got.add(message);
                }
            });
            captured.add(got);
        }
        List<Address> real = members.stream().map(m -> m.messenger().address()).toList();
        Group g = RelayFixture.await(owner.messenger().groups().create("hidden", real, true, List.of()));
        for (ProfileRuntime m : members) {
            RelayFixture.until(() -> m.messenger().groups().members(g.address()).size() == 5, "joined");
        }
        List<Messenger> ms = members.stream().map(ProfileRuntime::messenger).toList();
        GroupScript script = new GroupScript(owner.messenger(), ms, g.address(), 7);
        Map<GroupScript.Kind, Integer> done = script.run(200, false);
        assertTrue(done.getOrDefault(GroupScript.Kind.TEXT, 0) > 50, done.toString());
        List<StoredMessage> texts = script.texts();
        for (ProfileRuntime p : open) {
            RelayFixture.until(() -> p.messenger().history(g.address(), 1000).size() == texts.size(), "every text everywhere");
        }
        RelayFixture.until(() -> texts.stream().allMatch(t -> delivered(open, t)), "every text delivered");

        List<Contact> known = owner.messenger().contacts();
        int checked = 0;
        for (int i = 0; i < members.size(); i++) {
            Messenger me = ms.get(i);
            List<Address> others = real.stream().filter(a -> !a.equals(me.address())).toList();
            AddressExposure exposure = new AddressExposure(others, known.stream().filter(c -> others.contains(c.address()))
                    .map(c -> c.publicKey().toByteArray()).toList());
            AddressExposure control = new AddressExposure(
                    others.stream().map(a -> GroupAddress.derive(a, g.randomId().toByteArray())).toList(), List.of());
            Contact ownerContact = me.contacts().stream().filter(c -> c.address().equals(owner.messenger().address())).findFirst()
                    .orElseThrow();
            boolean virtualSeen = false;
            assertTrue(captured.get(i).size() > 100, captured.get(i).size() + " captured");
            for (StreamMessage s : captured.get(i)) {
                assertEquals(owner.messenger().address(), s.sender(), "only the owner talks to a member");
                assertEquals(EncryptionCode.SPIXI2, s.encryptionType());
                SpixiMessage inner = SpixiMessage.decode(StreamMessageCrypto.decrypt(s, Envelopes.pairKeys(ownerContact).orElseThrow())
                        .message().data().toByteArray());
                for (byte[] bytes : List.of(s.encode(), inner.encode())) {
                    exposure.find(bytes).ifPresent(leak -> fail(me.address() + " received " + leak));
                    virtualSeen |= control.find(bytes).isPresent();
                    checked++;
                }
            }
            assertTrue(virtualSeen, "the capture holds the group traffic");
        }
        assertTrue(checked > 800, checked + " byte strings checked");
    }

    static boolean delivered(List<ProfileRuntime> all, StoredMessage t) {
        return all.stream().anyMatch(p -> p.messenger().message(t.key()).filter(m -> m.direction()
                == io.linnet.chat.store.Direction.OUTGOING).map(m -> m.state() == MessageState.DELIVERED
                || m.state() == MessageState.READ).orElse(false));
    }

    ProfileRuntime track(ProfileRuntime p) {
        open.add(p);
        return p;
    }
}
