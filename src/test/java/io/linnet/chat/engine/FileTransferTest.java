package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.FileSettings;
import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.core.FileConfig;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.TransferState;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.spixi.FileDataMessage;
import io.linnet.ixian.spixi.FileHeaderMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import io.linnet.store.SqliteDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files between engines over the in-memory network: sizes, checks, hostile input, restarts and cancels. */
class FileTransferTest extends TwoPeerTestBase {
    /** Alice sends, Bob receives: each side uses its own folder of the one pair (alice's staging, bob's downloads). */
    @TempDir
    Path dir;

    EngineConfig config(long sendRate) {
        return Peer.FAST.withFiles(FileConfig.defaults().withFolders(dir.resolve("bob").resolve("downloads"),
                dir.resolve("alice").resolve("staging")).withPacketTimeout(Duration.ofMillis(300)).withSendRate(sendRate));
    }

    @Override
    EngineConfig config() {
        return config(0);
    }

    Peer peer(int i, SqliteDatabase db, long sendRate) {
        return new Peer(IDS.get(i), db, net.transport(IDS.get(i).address()), config(sendRate));
    }

    Path downloads(String who) {
        return dir.resolve(who).resolve("downloads");
    }

    Path file(String name, int size, long seed) throws IOException {
        byte[] b = new byte[size];
        new SplittableRandom(seed).nextBytes(b);
        Path src = dir.resolve("src-" + seed);
        Files.createDirectories(src);
        return Files.write(src.resolve(name), b);
    }

    /** Bob's transfer for the file message alice's transfer shows. */
    FileTransfer atBob(FileTransfer sent) {
        Wait.until(() -> bob.engine.files().inConversation(alice.address()).stream()
                .anyMatch(t -> t.message().messageId().equals(sent.message().messageId())), "the offer at bob");
        return bob.engine.files().inConversation(alice.address()).stream()
                .filter(t -> t.message().messageId().equals(sent.message().messageId())).findFirst().orElseThrow();
    }

    static FileTransfer state(Peer p, long id, TransferState s) {
        Wait.until(() -> p.engine.files().find(id).orElseThrow().state() == s, "transfer " + id + " " + s);
        return p.engine.files().find(id).orElseThrow();
    }

    static List<String> listing(Path folder) {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void filesOfEveryEdgeSizeArriveWholeAndVerified() throws Exception {
        int[] sizes = {0, 1, 102_399, 102_400, 102_401, 1_000_003};
        for (int i = 0; i < sizes.length; i++) {
            Path src = file("same.bin", sizes[i], i);
            FileTransfer sent = Peer.await(alice.engine.files().send(bob.address(), src));
            assertEquals(TransferState.OFFERED, sent.state());
            assertEquals("same.bin", alice.engine.message(sent.message()).orElseThrow().body(), "the history shows the name");
            FileTransfer offered = atBob(sent);
            assertEquals(TransferState.OFFERED, offered.state());
            assertEquals(sizes[i], offered.size());
            assertEquals("same.bin", offered.name());
            assertEquals(sent.sha256(), offered.sha256(), "a Linnet sender gives its hash");
            Peer.await(bob.engine.files().accept(offered.id()));
            FileTransfer got = state(bob, offered.id(), TransferState.COMPLETE);
            assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(got.path()), "size " + sizes[i]);
            assertTrue(got.verified());
            assertEquals(downloads("bob"), got.path().getParent());
            assertEquals(Bytes.of(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(src))), got.sha256());
            state(alice, sent.id(), TransferState.COMPLETE);
        }
        assertEquals(List.of("same (1).bin", "same (2).bin", "same (3).bin", "same (4).bin", "same (5).bin", "same.bin"),
                listing(downloads("bob")), "unique names, no part files left");
        Wait.until(() -> listing(dir.resolve("alice/staging")).isEmpty(), "alice drops her copies once received");
        List<EngineEvent.FileTransferProgress> progress = bob.log.of(EngineEvent.FileTransferProgress.class);
        long big = bob.engine.files().recent(1).getFirst().id();
        List<Long> done = progress.stream().filter(p -> p.transferId() == big).map(EngineEvent.FileTransferProgress::bytesDone).toList();
        assertTrue(done.size() >= 5 && done.size() <= 101, "progress at most once a percent: " + done.size());
        for (int i = 1; i < done.size(); i++) {
            assertTrue(done.get(i) > done.get(i - 1), "progress only grows");
        }
        assertEquals(1_000_003L, done.getLast());
    }

    @Test
    void smallImagesAreAcceptedWithoutAskingOthersWait() throws Exception {
        FileTransfer pic = Peer.await(alice.engine.files().send(bob.address(), file("cat.png", 20_000, 1)));
        FileTransfer doc = Peer.await(alice.engine.files().send(bob.address(), file("notes.pdf", 20_000, 2)));
        // bob decides when an offer comes in: the two above must be in before his setting changes (a send
        // completes once alice has stored it, not once bob has it)
        atBob(pic);
        atBob(doc);
        Peer.await(bob.engine.files().updateSettings(new FileSettings(FileSettings.DEFAULT_MAX_BYTES, 10_000)));
        FileTransfer big = Peer.await(alice.engine.files().send(bob.address(), file("big.png", 20_000, 3)));
        state(bob, atBob(pic).id(), TransferState.COMPLETE);
        assertEquals(TransferState.OFFERED, atBob(doc).state(), "not an image");
        assertEquals(TransferState.OFFERED, atBob(big).state(), "above the auto-accept size set since");
        assertEquals(new FileSettings(FileSettings.DEFAULT_MAX_BYTES, 10_000), bob.engine.files().settings());
    }

    @Test
    void theSizeCapHoldsOnBothSides() throws Exception {
        Path src = file("big.bin", 5_000, 4);
        Peer.await(alice.engine.files().updateSettings(new FileSettings(4_000, 0)));
        CompletionException e = assertThrows(CompletionException.class,
                () -> alice.engine.files().send(bob.address(), src).toCompletableFuture().join());
        assertInstanceOf(ChatException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("limit"), e.getCause().getMessage());
        assertTrue(alice.engine.files().recent(10).isEmpty(), "nothing stored");
        assertTrue(listing(dir.resolve("alice/staging")).isEmpty(), "no copy left behind");

        Peer.await(alice.engine.files().updateSettings(FileSettings.DEFAULTS));
        Peer.await(bob.engine.files().updateSettings(new FileSettings(4_000, 0)));
        FileTransfer offered = atBob(Peer.await(alice.engine.files().send(bob.address(), src)));
        e = assertThrows(CompletionException.class, () -> bob.engine.files().accept(offered.id()).toCompletableFuture().join());
        assertInstanceOf(ChatException.class, e.getCause());
        assertEquals(TransferState.OFFERED, bob.engine.files().find(offered.id()).orElseThrow().state());
        assertTrue(listing(downloads("bob")).isEmpty());
    }

    /** Messages as alice would send them, sealed with the pair keys bob holds for her. */
    StreamMessage fromAlice(SpixiMessage body) {
        Contact atBob = bob.contact(alice).orElseThrow();
        PairKeys keys = new PairKeys(atBob.keys().aesKey().toByteArray(), atBob.keys().chachaKey().toByteArray());
        return StreamMessageCrypto.encrypt(StreamMessage.builder(1, InstantSource.system()).type(StreamMessageCode.DATA)
                .encryptionType(EncryptionCode.SPIXI2).sender(alice.address()).recipient(bob.address())
                .data(Bytes.of(body.encode())).build(), keys);
    }

    FileTransfer injectOffer(String name, byte[] content, Bytes sha256) {
        TransferUid uid = TransferUid.random();
        FileHeaderMessage h = new FileHeaderMessage(uid, name, content.length, Bytes.EMPTY, 102_400, 0, sha256);
        int before = bob.engine.files().recent(100).size();
        net.inject(fromAlice(SpixiMessage.of(SpixiMessageCode.FILE_HEADER, Bytes.of(h.encode()))));
        Wait.until(() -> bob.engine.files().recent(100).size() == before + 1, "the injected offer");
        return bob.engine.files().recent(1).getFirst();
    }

    void injectPacket(FileTransfer t, long n, byte[] data) {
        net.inject(fromAlice(SpixiMessage.of(SpixiMessageCode.FILE_DATA, Bytes.of(new FileDataMessage(t.uid(), n, Bytes.of(data)).encode()))));
        bob.engine.sync();
    }

    void settle() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        bob.engine.sync();
    }

    @Test
    void hostileNamesStayInsideTheDownloadsFolder() throws Exception {
        String[][] cases = {
                {"../../escaped.txt", "escaped.txt"},
                {"..\\..\\windows.txt", "windows.txt"},
                {"/etc/passwd", "passwd"},
                {"CON", "_CON"},
                {"nul.tar.gz", "_nul.tar.gz"},
                {"com1 .txt", "_com1 .txt"},
                {"invoice\u202Egpj.exe", "invoicegpj.exe"},
                {"a\u0000b\nc?.txt", "abc_.txt"},
                {"...", "file"},
                {"", "file", "file (1)"},
                {".hidden", "hidden"},
                {"trailing. . ", "trailing"},
                {"x".repeat(300) + ".png", "x".repeat(196) + ".png"}};
        for (String[] c : cases) {
            byte[] content = c[0].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] data = content.length == 0 ? new byte[] {7} : content;
            FileTransfer t = injectOffer(c[0], data, Bytes.EMPTY);
            assertEquals(c[1], t.name(), "stored name for " + c[0]);
            Peer.await(bob.engine.files().accept(t.id()));
            injectPacket(t, 0, data);
            FileTransfer done = state(bob, t.id(), TransferState.COMPLETE);
            assertEquals(downloads("bob"), done.path().getParent(), c[0]);
            assertEquals(c.length > 2 ? c[2] : c[1], done.path().getFileName().toString(), "a free name");
            assertArrayEquals(data, Files.readAllBytes(done.path()));
            assertFalse(done.verified(), "no sender hash");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("escaped.txt") && !p.getParent().equals(downloads("bob"))));
        }
        assertFalse(Files.exists(dir.resolve("escaped.txt")));
    }

    @Test
    void packetsNotAskedForAreRefused() throws Exception {
        byte[] content = new byte[150_000];
        new SplittableRandom(5).nextBytes(content);
        FileTransfer t = injectOffer("two.bin", content, Bytes.EMPTY);
        byte[] first = java.util.Arrays.copyOf(content, 102_400);
        byte[] second = java.util.Arrays.copyOfRange(content, 102_400, content.length);
        injectPacket(t, 0, first);
        settle();
        assertEquals(0, bob.engine.files().find(t.id()).orElseThrow().nextPacket(), "not accepted yet");
        assertTrue(listing(downloads("bob")).isEmpty(), "nothing written before accepting");

        Peer.await(bob.engine.files().accept(t.id()));
        injectPacket(t, 2, second);      // out of range
        injectPacket(t, 0, second);      // wrong length for packet 0
        settle();
        assertEquals(0, bob.engine.files().find(t.id()).orElseThrow().nextPacket());
        injectPacket(t, 0, first);
        Wait.until(() -> bob.engine.files().find(t.id()).orElseThrow().nextPacket() == 1, "packet 0 taken");
        injectPacket(t, 0, first);       // a repeat is ignored
        settle();
        assertEquals(1, bob.engine.files().find(t.id()).orElseThrow().nextPacket());
        injectPacket(t, 1, java.util.Arrays.copyOf(second, second.length - 1)); // one byte short
        settle();
        assertEquals(TransferState.TRANSFERRING, bob.engine.files().find(t.id()).orElseThrow().state());
        assertEquals(List.of(".linnet-" + t.id() + "-" + t.uid().hex() + ".part"), listing(downloads("bob")),
                "only the hidden part file while incomplete");
        injectPacket(t, 1, second);
        FileTransfer done = state(bob, t.id(), TransferState.COMPLETE);
        assertArrayEquals(content, Files.readAllBytes(done.path()));
    }

    @Test
    void packetsThatOvertakeTheAwaitedOneAreHeldUntilTheGapFills() throws Exception {
        int size = 102_400;
        byte[] content = new byte[11 * size + 7];
        new SplittableRandom(8).nextBytes(content);
        FileTransfer t = injectOffer("twelve.bin", content, Bytes.EMPTY);
        Peer.await(bob.engine.files().accept(t.id()));
        java.util.function.IntFunction<byte[]> packet = n ->
                java.util.Arrays.copyOfRange(content, n * size, Math.min(content.length, (n + 1) * size));
        injectPacket(t, 2, packet.apply(2));   // overtook 0 and 1: held
        injectPacket(t, 1, packet.apply(1));   // held
        injectPacket(t, 9, packet.apply(9));   // too far ahead of 0: refused, not held
        settle();
        assertEquals(0, bob.engine.files().find(t.id()).orElseThrow().nextPacket(), "nothing written past the gap");
        injectPacket(t, 0, packet.apply(0));
        Wait.until(() -> bob.engine.files().find(t.id()).orElseThrow().nextPacket() == 3, "0 written, then the held 1 and 2");
        for (int n : new int[] {3, 4, 5, 6, 7, 9, 8, 10, 11}) {   // 9 overtakes 8 this time
            injectPacket(t, n, packet.apply(n));
        }
        FileTransfer done = state(bob, t.id(), TransferState.COMPLETE);
        assertArrayEquals(content, Files.readAllBytes(done.path()));
    }

    @Test
    void aFileWhoseHashDoesNotMatchIsNeverPresented() throws Exception {
        byte[] content = new byte[5000];
        new SplittableRandom(6).nextBytes(content);
        Bytes wrongHash = Bytes.of(new byte[32]);
        FileTransfer t = injectOffer("report.pdf", content, wrongHash);
        Peer.await(bob.engine.files().accept(t.id()));
        injectPacket(t, 0, content);
        FileTransfer failed = state(bob, t.id(), TransferState.FAILED);
        assertTrue(failed.error().contains("SHA-256"), failed.error());
        assertEquals(null, failed.path());
        assertTrue(listing(downloads("bob")).isEmpty(), "neither the file nor its part");
        FileTransfer again = Peer.await(bob.engine.files().accept(t.id()));
        assertEquals(TransferState.TRANSFERRING, again.state(), "a failed file may be accepted again");
        assertEquals(0, again.nextPacket());
    }

    @Test
    void aSpixiSenderGivesNoHashAndTheFileIsCheckedByLength() throws Exception {
        alice.db.useTransaction(tx -> tx.contacts().save(tx.contacts().find(bob.address()).orElseThrow()
                .withCapabilities(StreamCapabilities.SPIXI)));
        Path src = file("from-spixi.bin", 250_000, 7);
        FileTransfer offered = atBob(Peer.await(alice.engine.files().send(bob.address(), src)));
        assertTrue(offered.sha256().isEmpty(), "the header went without Linnet's tail");
        Peer.await(bob.engine.files().accept(offered.id()));
        FileTransfer done = state(bob, offered.id(), TransferState.COMPLETE);
        assertFalse(done.verified());
        assertEquals(Bytes.of(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(src))), done.sha256(),
                "the hash computed here is kept");
        assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(done.path()));
    }

    @Test
    void aDownloadResumesAfterBothSidesRestart() throws Exception {
        alice.close();
        alice = peer(0, (SqliteDatabase) alice.db, 2_000_000);   // slow enough to interrupt
        Path src = file("movie.bin", 3_000_000, 8);
        FileTransfer sent = Peer.await(alice.engine.files().send(bob.address(), src));
        FileTransfer offered = atBob(sent);
        Peer.await(bob.engine.files().accept(offered.id()));
        Wait.until(() -> bob.engine.files().find(offered.id()).orElseThrow().nextPacket() >= 5, "some packets");
        net.setOnline(bob.address(), false);
        bob.close();
        alice.close();
        long had = bob.db.read(tx -> tx.files().find(offered.id())).orElseThrow().nextPacket();
        assertTrue(had < 30, "interrupted half-way: " + had);
        alice = peer(0, (SqliteDatabase) alice.db, 0);
        bob = peer(1, (SqliteDatabase) bob.db, 0);
        FileTransfer done = state(bob, offered.id(), TransferState.COMPLETE);
        assertArrayEquals(Files.readAllBytes(src), Files.readAllBytes(done.path()));
        assertTrue(done.verified());
        state(alice, sent.id(), TransferState.COMPLETE);
    }

    @Test
    void cancellingStopsBothSides() throws Exception {
        alice.close();
        alice = peer(0, (SqliteDatabase) alice.db, 1_000_000);
        FileTransfer sent = Peer.await(alice.engine.files().send(bob.address(), file("long.bin", 3_000_000, 9)));
        FileTransfer offered = atBob(sent);
        Peer.await(bob.engine.files().accept(offered.id()));
        Wait.until(() -> bob.engine.files().find(offered.id()).orElseThrow().nextPacket() >= 2, "some packets");
        Peer.await(bob.engine.files().cancel(offered.id()));
        FileTransfer atAlice = state(alice, sent.id(), TransferState.CANCELLED);
        assertEquals("cancelled by the receiver", atAlice.error());
        assertTrue(listing(downloads("bob")).isEmpty(), "the part file is gone");
        Wait.until(() -> listing(dir.resolve("alice/staging")).isEmpty(), "alice's copy is gone");

        FileTransfer second = Peer.await(alice.engine.files().send(bob.address(), file("other.bin", 3_000_000, 10)));
        FileTransfer offered2 = atBob(second);
        Peer.await(bob.engine.files().accept(offered2.id()));
        Wait.until(() -> bob.engine.files().find(offered2.id()).orElseThrow().nextPacket() >= 2, "some packets");
        Peer.await(alice.engine.files().cancel(second.id()));
        FileTransfer atBob = state(bob, offered2.id(), TransferState.CANCELLED);
        assertEquals("cancelled by the sender", atBob.error());
        Wait.until(() -> listing(downloads("bob")).isEmpty(), "the part file is gone");
        assertThrows(CompletionException.class, () -> bob.engine.files().accept(offered2.id()).toCompletableFuture().join());
    }
}
