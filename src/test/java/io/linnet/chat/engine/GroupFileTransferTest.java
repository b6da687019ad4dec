package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.FileConfig;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.TransferState;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.stream.StreamMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in groups: in standard mode every member pulls from the author, or from the owner when the author
 * cannot reach everyone; in privacy mode the owner fetches a member's file, checks it and offers it to the
 * others under the author's virtual address, within the relay limit it sets.
 */
class GroupFileTransferTest extends CrewTest {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(4);
    @TempDir
    Path dir;

    /** Every peer with folders of its own under {@code dir}. */
    Crew crew(boolean mesh) {
        crew = new Crew(IDS, id -> config(id)).connect(mesh);
        return crew;
    }

    EngineConfig config(UnlockedIdentity id) {
        Path home = dir.resolve(id.address().toString().substring(0, 8));
        return Peer.FAST.withFiles(FileConfig.defaults().withFolders(home.resolve("downloads"), home.resolve("staging"))
                .withPacketTimeout(Duration.ofMillis(300)).withSendRate(0));
    }

    Path file(String name, int size, long seed) throws Exception {
        byte[] b = new byte[size];
        new SplittableRandom(seed).nextBytes(b);
        Files.createDirectories(dir.resolve("src"));
        return Files.write(dir.resolve("src").resolve(name), b);
    }

    /** The transfer of the group message {@code id} at {@code p}, once it has arrived. */
    static FileTransfer offerAt(Peer p, Address group, Bytes id) {
        Wait.until(() -> p.engine.files().inConversation(group).stream().anyMatch(t -> t.message().messageId().equals(id)),
                "the offer at " + p.address());
        return p.engine.files().inConversation(group).stream().filter(t -> t.message().messageId().equals(id)).findFirst().orElseThrow();
    }

    static FileTransfer completes(Peer p, FileTransfer t) {
        Wait.until(() -> p.engine.files().find(t.id()).orElseThrow().state() == TransferState.COMPLETE, "complete at " + p.address());
        return p.engine.files().find(t.id()).orElseThrow();
    }

    static StoredMessage message(Peer p, FileTransfer t) {
        return p.engine.message(t.message()).orElseThrow();
    }

    @Test
    void standardModeMembersPullFromTheAuthor() throws Exception {
        Group g = crew(true).group("team", false, List.of());
        Path src = file("plan.pdf", 250_000, 1);
        FileTransfer sent = Peer.await(bob().engine.files().send(g.address(), src));
        assertEquals(g.address(), sent.peer());
        assertEquals(g.address(), sent.message().conversation());
        for (Peer p : List.of(owner(), carol(), dave())) {
            FileTransfer offered = offerAt(p, g.address(), sent.message().messageId());
            assertEquals(bob().address(), offered.peer(), "pulled from the author directly");
            assertEquals(bob().address(), message(p, offered).author());
            assertEquals(sent.sha256(), offered.sha256());
            Peer.await(p.engine.files().accept(offered.id()));
            FileTransfer got = completes(p, offered);
            assertTrue(got.verified());
            assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(got.path()));
        }
        FileTransfer done = completes(bob(), sent);
        assertEquals(3, bob().db.read(tx -> tx.files().deliveries(done.id())).size(), "one delivery per member");
    }

    @Test
    void standardModeWithoutAllContactsGoesThroughTheOwner() throws Exception {
        Group g = crew(false).group("team", false, List.of());
        Path src = file("photo.bin", 150_000, 2);
        FileTransfer sent = Peer.await(bob().engine.files().send(g.address(), src));
        FileTransfer atOwner = offerAt(owner(), g.address(), sent.message().messageId());
        assertTrue(atOwner.relay(), "the owner fetches it to pass it on");
        completes(owner(), atOwner);
        FileTransfer atCarol = offerAt(carol(), g.address(), sent.message().messageId());
        assertEquals(owner().address(), atCarol.peer(), "carol is not bob's contact: she pulls from the owner");
        assertEquals(bob().address(), message(carol(), atCarol).author());
        Peer.await(carol().engine.files().accept(atCarol.id()));
        FileTransfer got = completes(carol(), atCarol);
        assertTrue(got.verified());
        assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(got.path()));
        completes(bob(), sent);
    }

    @Test
    void privacyModeFilesTravelThroughTheOwnerUnderTheVirtualAddress() throws Exception {
        Group g = crew(false).group("blind", true, List.of());
        Address bobInGroup = GroupAddress.derive(bob().address(), g.randomId().toByteArray());
        for (int size : new int[] {0, 1, 102_399, 102_400, 102_401, 700_000}) {
            Path src = file("f" + size + ".bin", size, size);
            FileTransfer sent = Peer.await(bob().engine.files().send(g.address(), src));
            FileTransfer atOwner = offerAt(owner(), g.address(), sent.message().messageId());
            assertEquals(bob().address(), atOwner.peer());
            completes(owner(), atOwner);
            for (Peer p : List.of(carol(), dave())) {
                FileTransfer offered = offerAt(p, g.address(), sent.message().messageId());
                assertEquals(owner().address(), offered.peer());
                assertEquals(bobInGroup, message(p, offered).author(), "the author's virtual address");
                Peer.await(p.engine.files().accept(offered.id()));
                FileTransfer got = completes(p, offered);
                assertTrue(got.verified(), "checked against the hash the owner passes on");
                assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(got.path()), "size " + size);
            }
            completes(bob(), sent);
        }
        for (Peer p : List.of(carol(), dave())) {
            assertTrue(p.db.read(tx -> tx.contacts().find(bob().address())).isEmpty(), "members never learn bob's address");
        }
        for (Peer p : crew.peers) {
            Wait.until(() -> p.db.read(tx -> crew.peers.stream().allMatch(q -> tx.outbox().pendingFor(q.address()).isEmpty())),
                    "every offer, acceptance and completion acknowledged");
        }
        List<StreamMessage> fromBob = crew.net.sentFrom(bob().address());
        assertTrue(fromBob.stream().allMatch(m -> m.recipient().equals(owner().address())), "bob talks only to the owner");
    }

    @Test
    void theOwnerRelaysNothingAboveItsLimit() throws Exception {
        Group g = crew(false).group("blind", true, List.of());
        assertEquals(Long.valueOf(10_000), Peer.await(owner().engine.files().setGroupRelayLimit(g.address(), 10_000)));
        assertEquals(10_000, owner().engine.files().groupRelayLimit(g.address()));
        assertTrue(bob().engine.files().setGroupRelayLimit(g.address(), 1).toCompletableFuture().isCompletedExceptionally()
                || waitFailed(bob().engine.files().setGroupRelayLimit(g.address(), 1)), "only the owner sets it");
        FileTransfer big = Peer.await(bob().engine.files().send(g.address(), file("big.bin", 20_000, 3)));
        FileTransfer atOwner = offerAt(owner(), g.address(), big.message().messageId());
        assertFalse(atOwner.relay());
        assertEquals(TransferState.OFFERED, atOwner.state(), "not fetched: the owner's user may still take it");
        FileTransfer small = Peer.await(bob().engine.files().send(g.address(), file("small.bin", 5_000, 4)));
        FileTransfer relayed = offerAt(carol(), g.address(), small.message().messageId());
        assertEquals(5_000, relayed.size());
        owner().engine.sync();
        Optional<FileTransfer> bigAtCarol = carol().engine.files().inConversation(g.address()).stream()
                .filter(t -> t.message().messageId().equals(big.message().messageId())).findFirst();
        assertTrue(bigAtCarol.isEmpty(), "the file over the limit never reached the members");
    }

    static boolean waitFailed(java.util.concurrent.CompletionStage<?> s) {
        try {
            s.toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    @Test
    void theOwnersOwnFileIsPulledFromItDirectly() throws Exception {
        Group g = crew(false).group("blind", true, List.of());
        Path src = file("minutes.txt", 120_000, 5);
        FileTransfer sent = Peer.await(owner().engine.files().send(g.address(), src));
        for (Peer p : crew.members()) {
            FileTransfer offered = offerAt(p, g.address(), sent.message().messageId());
            assertEquals(owner().address(), offered.peer());
            assertFalse(offered.relay());
            Peer.await(p.engine.files().accept(offered.id()));
            assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(completes(p, offered).path()));
        }
        completes(owner(), sent);
    }
}
