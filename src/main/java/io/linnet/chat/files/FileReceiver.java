package io.linnet.chat.files;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.api.FileSettings;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.GroupFanOut;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.TransferState;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.AcceptFileMessage;
import io.linnet.ixian.spixi.FileDataMessage;
import io.linnet.ixian.spixi.FileFullyReceivedMessage;
import io.linnet.ixian.spixi.FileHeaderMessage;
import io.linnet.ixian.spixi.RequestFileDataMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.ixian.stream.StreamMessage;
import java.io.IOException;
import java.util.TreeMap;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our side of the files offered to us. An offer ({@code fileHeader}) is stored with its history message and
 * waits for the user (or auto-accept); accepting creates a hidden part file in the downloads folder and
 * sends {@code acceptFile}. Packets are written strictly in order, each the exact length the offer implies,
 * and forced to disk before the next packet number is committed; up to {@link #WINDOW} are asked for
 * ahead, and one that overtakes the awaited packet is held in memory until the gap is filled. Anything
 * else (no
 * such transfer from this peer, not accepted, out of range, wrong length) is refused. After the last
 * packet the file's length and SHA-256 are checked (against the sender's hash when a Linnet sender gave
 * one) and only then is it renamed to its safe, unique name and reported complete. A transfer that hears
 * nothing for {@link io.linnet.chat.core.FileConfig#packetTimeout} asks again for the packet it waits for,
 * which also resumes it after a restart or a relay outage; one that gets nothing for the offer lifetime
 * (5 days) fails. Engine thread.
 */
final class FileReceiver {
    private static final Logger LOG = LoggerFactory.getLogger(FileReceiver.class);
    /** Smallest packet size accepted in an offer (Spixi uses 102 400 bytes). */
    static final int MIN_PACKET_SIZE = 1024;
    /**
     * Packets asked for ahead of the one awaited. Spixi asks for one at a time; a sender answers each
     * request on its own, so asking for a few keeps the link busy across the round trip (packets may
     * overtake each other; see {@link #holdEarly}).
     */
    static final int WINDOW = 4;

    private final EngineContext ctx;
    private final FileStore store;
    private final Progress progress;
    private final Map<Long, Instant> lastActivity = new HashMap<>();
    /** Packets that arrived ahead of the awaited one, by transfer id and packet number. */
    private final Map<Long, Map<Long, Bytes>> early = new HashMap<>();

    private final GroupFanOut groups;

    FileReceiver(EngineContext ctx, FileStore store, Progress progress, GroupFanOut groups) {
        this.ctx = ctx;
        this.store = store;
        this.progress = progress;
        this.groups = groups;
    }

    /** fileHeader from a contact: stores the offer, then accepts it at once when auto-accept applies. */
    Verdict onHeader(Contact c, StreamMessage m, SpixiMessage s) throws ProtocolException {
        FileHeaderMessage h = header(c, s);
        if (h == null) {
            return Verdict.REJECT;
        }
        Optional<FileTransfer> take = ctx.db().inTransaction(Durability.FULL,
                tx -> offer(tx, c.address(), null, c.address(), m, s, h, false));
        take.ifPresent(t -> acceptQuietly(t.id()));
        return Verdict.ACK;
    }

    /**
     * fileHeader in a group (inside the group engine's transaction): the packets come from the contact it
     * came from — the author, or the owner relaying it — except that an owner without Linnet's extensions
     * only passes the header on, so then the author is asked directly if it is our contact. As the owner
     * with {@code relay}, we fetch the file at once (if it fits the group's relay limit) to pass it on.
     */
    Verdict onGroupOffer(Transaction tx, Group g, Contact from, Address author, StreamMessage m, SpixiMessage s, boolean relay)
            throws ProtocolException {
        FileHeaderMessage h = header(from, s);
        if (h == null) {
            return Verdict.REJECT;
        }
        Address peer = from.address();
        if (!g.hideParticipants() && !author.equals(peer) && !LinnetWire.supportsExtensions(from.capabilities())) {
            peer = tx.contacts().find(author.withoutPublicKey()).filter(c -> c.keys().present()).map(Contact::address).orElse(peer);
        }
        long limit = Math.min(StoredFileSettings.read(tx).maxBytes(), StoredFileSettings.groupRelayLimit(tx, g.address()));
        boolean relayed = relay && store != null && h.fileSize() <= limit;
        if (relay && !relayed) {
            LOG.info("not relaying {} ({} bytes) in {}: over the relay limit of {} bytes", h.uid(), h.fileSize(), g.address(), limit);
        }
        Optional<FileTransfer> take = offer(tx, g.address(), author, peer, m, s, h, relayed);
        take.ifPresent(t -> tx.afterCommit(() -> acceptQuietly(t.id())));
        return Verdict.ACK;
    }

    private FileHeaderMessage header(Contact c, SpixiMessage s) throws ProtocolException {
        FileHeaderMessage h = FileHeaderMessage.decode(s.data().toByteArray());
        if (h.packetSize() < MIN_PACKET_SIZE) {
            reject(c, h.uid(), "offer with packets of " + h.packetSize() + " bytes");
            return null;
        }
        return h;
    }

    /**
     * Stores an offer with its history message; the new transfer if it is to be accepted at once (auto-accept,
     * or a relay), empty otherwise and for a repeat.
     */
    private Optional<FileTransfer> offer(Transaction tx, Address conversation, Address author, Address peer, StreamMessage m,
            SpixiMessage s, FileHeaderMessage h, boolean relay) {
        String name = SafeFileNames.sanitize(h.fileName());
        MessageKey key = new MessageKey(conversation, m.id());
        Instant now = ctx.now();
        if (tx.files().findIncoming(peer, h.uid()).isPresent()
                || !tx.messages().insertIncomingIfNew(new NewMessage(key, s.channel(), Direction.INCOMING, author,
                MessageState.RECEIVED, FileWire.sentAt(m, now), now, Bytes.EMPTY, name))) {
            return Optional.empty();
        }
        FileTransfer t = tx.files().insert(new FileTransfer(0, Direction.INCOMING, key, peer, h.uid(), name, h.fileSize(),
                MediaTypes.of(name), h.packetSize(), 0, TransferState.OFFERED, h.sha256(), false, relay, null, h.preview(), "",
                now, now));
        tx.messages().find(key).ifPresent(stored -> ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored)));
        progress.changed(tx, t);
        FileSettings settings = StoredFileSettings.read(tx);
        return Optional.of(t).filter(x -> relay || autoAccept(x, settings));
    }

    private void acceptQuietly(long id) {
        try {
            accept(id);
        } catch (ChatException e) {
            LOG.info("could not accept transfer {} at once: {}", id, e.getMessage());
        }
    }

    private boolean autoAccept(FileTransfer t, FileSettings s) {
        return store != null && MediaTypes.isPlainImage(t.mediaType()) && t.size() <= s.autoAcceptImagesUpTo()
                && t.size() <= s.maxBytes();
    }

    /** The user accepts an offered (or failed) file. */
    FileTransfer accept(long id) {
        FileTransfer t = ctx.db().read(tx -> tx.files().find(id)).orElseThrow(() -> new ChatException("unknown transfer " + id));
        if (t.outgoing()) {
            throw new ChatException("only a received file can be accepted");
        }
        if (t.state() == TransferState.TRANSFERRING) {
            return t;
        }
        if (t.state() != TransferState.OFFERED && t.state() != TransferState.FAILED) {
            throw new ChatException("the transfer is " + t.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (store == null) {
            throw new ChatException("this profile has no downloads folder");
        }
        long limit = ctx.db().read(tx -> t.relay()
                ? Math.min(StoredFileSettings.read(tx).maxBytes(), StoredFileSettings.groupRelayLimit(tx, t.message().conversation()))
                : StoredFileSettings.read(tx).maxBytes());
        if (t.size() > limit) {
            throw new ChatException("the file has " + t.size() + " bytes, more than the limit of " + limit);
        }
        Contact c = ctx.db().read(tx -> FileWire.established(tx, t.peer()));
        try {
            store.startPart(t);
            if (Files.getFileStore(store.downloads()).getUsableSpace() < t.size()) {
                store.dropPart(t);
                throw new ChatException("not enough free space in the downloads folder for " + t.size() + " bytes");
            }
        } catch (IOException e) {
            throw new ChatException("cannot write to the downloads folder: " + e.getMessage(), e);
        }
        Instant now = ctx.now();
        FileTransfer moving = t.withState(TransferState.TRANSFERRING, "", now).withNextPacket(0, now);
        ctx.db().useTransaction(tx -> {
            tx.files().update(moving);
            if (t.size() > 0) {
                FileWire.queue(ctx, tx, c, FileWire.message(SpixiMessageCode.ACCEPT_FILE, new AcceptFileMessage(t.uid()).encode()));
            }
            progress.changed(tx, moving);
        });
        if (t.size() == 0) {
            return finish(moving, c);
        }
        lastActivity.put(id, now);
        return moving;
    }

    /** fileData: the next packet, or a refusal. */
    Verdict onData(Contact c, FileDataMessage d) {
        if (store == null) {
            return reject(c, d.uid(), "a packet, but this profile has no downloads folder");
        }
        Optional<FileTransfer> found = ctx.db().read(tx -> tx.files().findIncoming(c.address(), d.uid()));
        if (found.isEmpty()) {
            return reject(c, d.uid(), "a packet for no transfer from them");
        }
        FileTransfer t = found.get();
        long n = d.packetNumber();
        if (t.state() == TransferState.COMPLETE && n < t.packetCount()) {
            LOG.debug("packet {} of {} again after it was complete", n, t.uid());
            return Verdict.DONE;
        }
        if (t.state() != TransferState.TRANSFERRING) {
            return reject(c, d.uid(), "packet " + n + " of a transfer that is " + t.state() + ", not accepted and moving");
        }
        if (n >= t.packetCount()) {
            return reject(c, d.uid(), "packet " + n + " out of range (the file has " + t.packetCount() + ")");
        }
        if (n < t.nextPacket()) {
            LOG.debug("packet {} of {} again; already have it", n, t.uid());
            return Verdict.DONE;
        }
        long expected = Math.min(t.packetSize(), t.size() - n * t.packetSize());
        if (d.data().length() != expected) {
            return reject(c, d.uid(), "packet " + n + " of " + d.data().length() + " bytes, expected " + expected);
        }
        if (n > t.nextPacket()) {
            return holdEarly(c, t, n, d);
        }
        FileTransfer current = t;
        long p = n;
        Bytes data = d.data();
        while (true) {
            current = write(current, p, data);
            if (current == null) {
                early.remove(t.id());
                return Verdict.DONE;
            }
            if (current.nextPacket() == current.packetCount()) {
                early.remove(t.id());
                finish(current, c);
                return Verdict.DONE;
            }
            if (p == 0) {
                request(c, current, 1, WINDOW);          // the first packet opens the window
            } else if (p + WINDOW < current.packetCount()) {
                request(c, current, p + WINDOW, 1);      // one in, one more asked for
            }
            Map<Long, Bytes> held = early.get(t.id());
            Bytes following = held == null ? null : held.remove(current.nextPacket());
            if (following == null) {
                return Verdict.DONE;
            }
            p = current.nextPacket();
            data = following;
        }
    }

    /**
     * A packet ahead of the one awaited: the window's packets can overtake each other (a copy that waited
     * for a route, a resend). Kept in memory (at most {@code 2 × WINDOW} per transfer) until the gap is
     * filled; the first one held asks again for the awaited packet at once instead of waiting for the
     * timeout. A restart forgets them; the timeout's request asks for them again.
     */
    private Verdict holdEarly(Contact c, FileTransfer t, long n, FileDataMessage d) {
        if (n >= t.nextPacket() + 2L * WINDOW) {
            return reject(c, d.uid(), "packet " + n + " while waiting for " + t.nextPacket());
        }
        Map<Long, Bytes> held = early.computeIfAbsent(t.id(), k -> new TreeMap<>());
        held.keySet().removeIf(k -> k < t.nextPacket());
        boolean firstGap = held.isEmpty();
        held.put(n, d.data());
        LOG.debug("packet {} of {} ahead of {}; held", n, t.uid(), t.nextPacket());
        if (firstGap) {
            request(c, t, t.nextPacket(), 1);
        }
        return Verdict.DONE;
    }

    /** Writes the awaited packet {@code n} and commits the progress; {@code null} if the transfer failed. */
    private FileTransfer write(FileTransfer t, long n, Bytes data) {
        try {
            store.writePacket(t, n, data);
        } catch (IOException e) {
            fail(t, "cannot write to the downloads folder: " + e.getMessage());
            return null;
        }
        Instant now = ctx.now();
        lastActivity.put(t.id(), now);
        FileTransfer next = t.withNextPacket(n + 1, now);
        ctx.db().useTransaction(tx -> {
            tx.files().update(next);
            progress.report(tx, next, next.bytesDone());
        });
        return next;
    }

    /** Asks for {@code count} packets from {@code first} (as far as the file goes). */
    private void request(Contact c, FileTransfer t, long first, int count) {
        for (long p = first; p < first + count && p < t.packetCount(); p++) {
            FileWire.direct(ctx, c, FileWire.message(SpixiMessageCode.REQUEST_FILE_DATA,
                    new RequestFileDataMessage(t.uid(), p).encode()));
        }
    }

    /** Every packet is on disk: check, publish, report. */
    private FileTransfer finish(FileTransfer t, Contact c) {
        lastActivity.remove(t.id());
        FileStore.Staged got;
        try {
            got = store.hashPart(t);
        } catch (IOException e) {
            return fail(t, "cannot read the received file: " + e.getMessage());
        }
        if (got.size() != t.size()) {
            return fail(t, "received " + got.size() + " bytes of an offer of " + t.size());
        }
        boolean senderHash = !t.sha256().isEmpty();
        if (senderHash && !t.sha256().equals(got.sha256())) {
            return fail(t, "the received file's SHA-256 does not match the sender's");
        }
        java.nio.file.Path file;
        try {
            file = store.publish(t);
        } catch (IOException e) {
            return fail(t, "cannot move the received file into the downloads folder: " + e.getMessage());
        }
        FileTransfer done = t.completed(file, got.sha256(), senderHash, ctx.now());
        ctx.db().useTransaction(tx -> {
            tx.files().update(done);
            FileWire.queue(ctx, tx, c, FileWire.message(SpixiMessageCode.FILE_FULLY_RECEIVED,
                    new FileFullyReceivedMessage(t.uid()).encode()));
            progress.report(tx, done, done.size());
            progress.changed(tx, done);
        });
        LOG.info("received {} ({} bytes, {}) from {}", t.uid(), t.size(), senderHash ? "hash verified" : "no sender hash", c.address());
        if (done.relay()) {
            relayOnward(done);
        }
        return done;
    }

    /**
     * As a group's owner, with the whole file checked: keeps a copy to serve and passes the offer on to the
     * other members under the author's name, with our hash, so they pull it from us.
     */
    private void relayOnward(FileTransfer t) {
        try {
            store.stage(t.path(), t.uid(), t.size());
        } catch (IOException e) {
            LOG.warn("cannot keep a copy of {} to relay: {}", t.uid(), e.getMessage());
            ctx.db().useTransaction(tx -> tx.files().update(t.withRelay(false, ctx.now())));
            return;
        }
        ctx.db().useTransaction(tx -> tx.messages().find(t.message()).filter(m -> m.author() != null).ifPresent(m -> {
            FileHeaderMessage h = new FileHeaderMessage(t.uid(), t.name(), t.size(), t.preview(), t.packetSize(), m.channel(), t.sha256());
            SpixiMessage offer = new SpixiMessage(SpixiMessageCode.FILE_HEADER.number(), Bytes.of(h.encode()), m.channel(),
                    t.message().conversation(), null);
            groups.relay(tx, t.message().conversation(), t.peer(), m.author(), t.message().messageId(), offer);
        }));
    }

    private FileTransfer fail(FileTransfer t, String why) {
        LOG.warn("transfer {} failed: {}", t.uid(), why);
        lastActivity.remove(t.id());
        store.dropPart(t);
        FileTransfer failed = t.withState(TransferState.FAILED, why, ctx.now());
        ctx.db().useTransaction(tx -> {
            tx.files().update(failed);
            progress.changed(tx, failed);
        });
        return failed;
    }

    /** Our cancel of a received file: the part file goes, a Linnet sender is told. */
    FileTransfer cancel(Transaction tx, FileTransfer t) {
        lastActivity.remove(t.id());
        FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled", ctx.now());
        tx.files().update(cancelled);
        tx.contacts().find(t.peer()).filter(c -> LinnetWire.supportsExtensions(c.capabilities()))
                .ifPresent(c -> FileWire.queue(ctx, tx, c, new SpixiMessage(LinnetWire.FILE_CANCEL,
                        Bytes.of(new AcceptFileMessage(t.uid()).encode()), 0, null, null)));
        progress.changed(tx, cancelled);
        if (store != null) {
            tx.afterCommit(() -> store.dropPart(t));
        }
        return cancelled;
    }

    /** The sender cancelled (Linnet): whether it was one of our incoming transfers. */
    boolean onCancelled(Contact c, TransferUid uid) {
        Optional<FileTransfer> found = ctx.db().read(tx -> tx.files().findIncoming(c.address(), uid));
        if (found.isEmpty()) {
            return false;
        }
        FileTransfer t = found.get();
        if (!t.state().finished()) {
            lastActivity.remove(t.id());
            FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled by the sender", ctx.now());
            ctx.db().useTransaction(tx -> {
                tx.files().update(cancelled);
                progress.changed(tx, cancelled);
            });
            if (store != null) {
                store.dropPart(t);
            }
        }
        return true;
    }

    /** Asks again for the packet each quiet transfer waits for. */
    void tick(Instant now, boolean all) {
        Duration timeout = ctx.config().files().packetTimeout();
        for (Map.Entry<Long, Instant> e : List.copyOf(lastActivity.entrySet())) {
            if (!all && Duration.between(e.getValue(), now).compareTo(timeout) < 0) {
                continue;
            }
            Optional<FileTransfer> t = ctx.db().read(tx -> tx.files().find(e.getKey()));
            if (t.isEmpty() || t.get().state() != TransferState.TRANSFERRING) {
                lastActivity.remove(e.getKey());
                continue;
            }
            if (t.get().updatedAt().isBefore(now.minus(ctx.config().files().offerLifetime()))) {
                fail(t.get(), "no packet came for " + ctx.config().files().offerLifetime().toDays() + " days");
                continue;
            }
            Optional<Contact> c = ctx.db().read(tx -> tx.contacts().find(t.get().peer()));
            if (c.isPresent()) {
                LOG.info("asking {} again for packet {} of {}", c.get().address(), t.get().nextPacket(), t.get().uid());
                request(c.get(), t.get(), t.get().nextPacket(), WINDOW);
            }
            lastActivity.put(e.getKey(), now);
        }
    }

    /** After a start: checks each moving transfer's part file and lines it up to be asked for again. */
    void resume() {
        if (store == null) {
            return;
        }
        for (FileTransfer t : ctx.db().read(tx -> tx.files().inState(TransferState.TRANSFERRING))) {
            if (t.outgoing()) {
                continue;
            }
            FileTransfer current = t;
            if (!store.partHolds(t, t.nextPacket())) {
                LOG.warn("the part file of {} is missing or short; starting it again", t.uid());
                try {
                    store.startPart(t);
                } catch (IOException e) {
                    fail(t, "cannot write to the downloads folder: " + e.getMessage());
                    continue;
                }
                current = t.withNextPacket(0, ctx.now());
                FileTransfer restarted = current;
                ctx.db().useTransaction(tx -> tx.files().update(restarted));
            }
            if (current.nextPacket() >= current.packetCount()) {
                FileTransfer whole = current;
                ctx.db().read(tx -> tx.contacts().find(whole.peer())).ifPresent(c -> finish(whole, c));
                continue;
            }
            lastActivity.put(t.id(), Instant.EPOCH);
        }
    }

    private static Verdict reject(Contact c, TransferUid uid, String why) {
        LOG.warn("refused from {} for {}: {}", c.address(), uid, why);
        return Verdict.REJECT;
    }
}
