package io.linnet.chat.files;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
import io.linnet.chat.core.GroupFanOut;
import io.linnet.chat.core.OutboxQueue;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.StoredMessage;
import io.linnet.chat.store.TransferDelivery;
import io.linnet.chat.store.TransferState;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.spixi.AcceptFileMessage;
import io.linnet.ixian.spixi.FileDataMessage;
import io.linnet.ixian.spixi.FileHeaderMessage;
import io.linnet.ixian.spixi.RequestFileDataMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our side of the files we serve: the offer (history message, transfer and queued {@code fileHeader} in one
 * durable transaction, to a contact or to a group's next hops), then packets as receivers pull them —
 * {@code acceptFile} gets packet 0, {@code requestFileData n} gets packet n — paced under
 * {@link io.linnet.chat.core.FileConfig#sendBytesPerSecond}, and {@code fileFullyReceived} closing a
 * receiver's delivery. A group's owner serves the files it relays the same way. Serving needs nothing but the
 * database and the staged copy, so it carries on after a restart. Engine thread.
 */
final class FileSender {
    private static final Logger LOG = LoggerFactory.getLogger(FileSender.class);
    private final EngineContext ctx;
    private final FileStore store;
    private final Progress progress;
    private final ScheduledExecutorService engineThread;
    private final GroupFanOut groups;
    private final Pacer pacer;

    FileSender(EngineContext ctx, FileStore store, Progress progress, ScheduledExecutorService engineThread, GroupFanOut groups) {
        this.ctx = ctx;
        this.store = store;
        this.progress = progress;
        this.engineThread = engineThread;
        this.groups = groups;
        this.pacer = new Pacer(ctx.config().files().sendBytesPerSecond());
    }

    /** Commits the offer of a staged file to a contact or a group. */
    FileTransfer offer(Address to, Path source, TransferUid uid, FileStore.Staged staged) {
        String name = SafeFileNames.sanitize(source.getFileName() == null ? "" : source.getFileName().toString());
        FileHeaderMessage header = new FileHeaderMessage(uid, name, staged.size(), Bytes.EMPTY,
                FileHeaderMessage.SPIXI_PACKET_SIZE, 0, staged.sha256());
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            Address group = to.withoutPublicKey();
            boolean isGroup = tx.groups().find(group).isPresent();
            Bytes id = StreamMessage.randomId();
            Instant now = ctx.now();
            Instant sentAt = Instant.ofEpochSecond(ctx.transport().networkTime().instant().getEpochSecond());
            StoredMessage stored;
            FileTransfer t;
            if (isGroup) {
                Address me = groups.me(tx, group).orElseThrow(() -> new ChatException("we are not in group " + group));
                MessageKey key = new MessageKey(group, id);
                stored = tx.messages().insertOutgoing(new NewMessage(key, 0, Direction.OUTGOING, me, MessageState.SENDING, sentAt,
                        now, Bytes.EMPTY, name));
                t = tx.files().insert(transfer(key, group, uid, name, staged, source, now));
                SpixiMessage body = new SpixiMessage(SpixiMessageCode.FILE_HEADER.number(), Bytes.of(header.encode()), 0, group, null);
                if (groups.queueOurs(tx, group, body, id, key) == 0 && tx.messages().advanceState(key, MessageState.DELIVERED)) {
                    stored = tx.messages().find(key).orElseThrow(); // nobody else is in the group
                }
            } else {
                Contact c = FileWire.established(tx, to);
                MessageKey key = new MessageKey(c.address(), id);
                FileHeaderMessage wire = LinnetWire.supportsExtensions(c.capabilities()) ? header : header.withoutHash();
                StreamMessage plain = Envelopes.plain(ctx, c.address(), id, FileWire.message(SpixiMessageCode.FILE_HEADER,
                        wire.encode()), StreamMessageCode.DATA, EncryptionCode.SPIXI2, true);
                stored = tx.messages().insertOutgoing(new NewMessage(key, 0, Direction.OUTGOING, null, MessageState.SENDING,
                        Instant.ofEpochSecond(plain.timestamp()), now, Bytes.EMPTY, name));
                t = tx.files().insert(transfer(key, c.address(), uid, name, staged, source, now));
                OutboxQueue.enqueue(ctx, tx, plain, key);
            }
            ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored));
            progress.changed(tx, t);
            return t;
        });
    }

    private static FileTransfer transfer(MessageKey key, Address peer, TransferUid uid, String name, FileStore.Staged staged,
            Path source, Instant now) {
        return new FileTransfer(0, Direction.OUTGOING, key, peer, uid, name, staged.size(), MediaTypes.of(name),
                FileHeaderMessage.SPIXI_PACKET_SIZE, 0, TransferState.OFFERED, staged.sha256(), true, false,
                source.toAbsolutePath(), Bytes.EMPTY, "", now, now);
    }

    /** acceptFile: packet 0 to the receiver. */
    Verdict onAccept(Contact c, AcceptFileMessage a) {
        return onPull(c, a.uid(), 0, true);
    }

    /** requestFileData: packet n to the receiver. */
    Verdict onRequest(Contact c, RequestFileDataMessage r) {
        return onPull(c, r.uid(), r.packetNumber(), false);
    }

    /** The transfer {@code uid} that we serve and {@code who} may pull: one we offer, or one we relay as a group's owner. */
    private Optional<FileTransfer> served(Transaction tx, TransferUid uid, Address who) {
        return tx.files().findOutgoing(uid).or(() -> tx.files().findRelayed(uid)).filter(t -> receivers(tx, t).contains(who));
    }

    /**
     * Who may pull {@code t}: the contact it was offered to; for a group, the next hops of our messages there
     * (every member, or the owner who relays); for a file we relay, every member but its sender.
     */
    private Set<Address> receivers(Transaction tx, FileTransfer t) {
        List<Contact> hops;
        if (t.relay()) {
            hops = groups.relayHops(tx, t.message().conversation(), t.peer());
        } else if (tx.groups().find(t.peer()).isPresent()) {
            hops = groups.ourHops(tx, t.peer());
        } else {
            return Set.of(t.peer());
        }
        Set<Address> out = new HashSet<>();
        hops.forEach(c -> out.add(c.address()));
        return out;
    }

    /** Whether packets of {@code t} can be served now. */
    private static boolean serving(FileTransfer t) {
        return t.relay() ? t.state() == TransferState.COMPLETE
                : t.state() == TransferState.OFFERED || t.state() == TransferState.TRANSFERRING;
    }

    private Verdict onPull(Contact c, TransferUid uid, long n, boolean accept) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = served(tx, uid, c.address());
            if (found.isEmpty()) {
                return reject(c, uid, "a pull for no file offered to them");
            }
            FileTransfer t = found.get();
            if (!serving(t)) {
                LOG.info("{} asks for {} of {}, which is {}; nothing sent", c.address(), n, uid, t.state());
                return accept ? Verdict.ACK : Verdict.DONE;
            }
            boolean inRange = n < t.packetCount() || (t.size() == 0 && n == 0);
            if (!inRange) {
                return reject(c, uid, "packet " + n + " of a file of " + t.packetCount() + " packets");
            }
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), n, TransferState.TRANSFERRING, now));
            if (!t.relay()) {
                FileTransfer moving = t.withState(TransferState.TRANSFERRING, "", now).withNextPacket(Math.max(n, t.nextPacket()), now);
                tx.files().update(moving);
                if (t.state() == TransferState.OFFERED) {
                    progress.changed(tx, moving);
                }
                progress.report(tx, moving, moving.bytesDone());
            }
            tx.afterCommit(() -> serve(c, t.id(), n));
            return accept ? Verdict.ACK : Verdict.DONE;
        });
    }

    /** Sends packet {@code n} now or, to keep the rate, a little later. */
    private void serve(Contact c, long transferId, long n) {
        long delay = pacer.reserve(FileHeaderMessage.SPIXI_PACKET_SIZE, System.nanoTime());
        if (delay <= 0) {
            sendPacket(c, transferId, n);
        } else {
            engineThread.schedule(() -> sendPacket(c, transferId, n), delay, TimeUnit.NANOSECONDS);
        }
    }

    private void sendPacket(Contact c, long transferId, long n) {
        Optional<FileTransfer> t = ctx.db().read(tx -> tx.files().find(transferId)).filter(FileSender::serving);
        if (t.isEmpty()) {
            return;
        }
        Bytes data;
        try {
            data = t.get().size() == 0 ? Bytes.EMPTY : store.readPacket(t.get(), n);
        } catch (IOException e) {
            LOG.error("cannot read packet {} of {}: {}", n, t.get().uid(), e.getMessage());
            return;
        }
        FileWire.direct(ctx, c, FileWire.message(SpixiMessageCode.FILE_DATA, new FileDataMessage(t.get().uid(), n, data).encode()));
    }

    /**
     * fileFullyReceived: that receiver is done. A file we offered is complete once every receiver it went to
     * is (one contact, or a group's next hops); then its copy goes.
     */
    Verdict onFullyReceived(Contact c, TransferUid uid) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = served(tx, uid, c.address());
            if (found.isEmpty()) {
                LOG.info("{} reports {} complete, which is not a file offered to them", c.address(), uid);
                return Verdict.ACK;
            }
            FileTransfer t = found.get();
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), t.packetCount(), TransferState.COMPLETE, now));
            if (!t.relay() && !t.state().finished() && allComplete(tx, t)) {
                FileTransfer done = t.withState(TransferState.COMPLETE, "", now).withNextPacket(t.packetCount(), now);
                tx.files().update(done);
                progress.changed(tx, done);
                tx.afterCommit(() -> store.dropStaged(uid));
            }
            return Verdict.ACK;
        });
    }

    private boolean allComplete(Transaction tx, FileTransfer t) {
        Set<Address> done = new HashSet<>();
        for (TransferDelivery d : tx.files().deliveries(t.id())) {
            if (d.state() == TransferState.COMPLETE) {
                done.add(d.peer());
            }
        }
        return done.containsAll(receivers(tx, t));
    }

    /** The receiver gave up (Linnet's cancel): its delivery stops; a file sent to that one contact is cancelled. */
    boolean onCancelled(Contact c, TransferUid uid) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = served(tx, uid, c.address());
            if (found.isEmpty()) {
                return false;
            }
            FileTransfer t = found.get();
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), t.nextPacket(), TransferState.CANCELLED, now));
            if (t.peer().equals(c.address()) && !t.relay() && !t.state().finished()) {
                FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled by the receiver", now);
                tx.files().update(cancelled);
                progress.changed(tx, cancelled);
                tx.afterCommit(() -> store.dropStaged(uid));
            }
            return true;
        });
    }

    /** Our cancel: nothing more is served, the staged copy goes, Linnet receivers are told. */
    FileTransfer cancel(Transaction tx, FileTransfer t) {
        FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled", ctx.now());
        tx.files().update(cancelled);
        Set<Address> told = new HashSet<>(List.of(t.peer()));
        tx.files().deliveries(t.id()).forEach(d -> told.add(d.peer()));
        SpixiMessage cancel = new SpixiMessage(LinnetWire.FILE_CANCEL, Bytes.of(new AcceptFileMessage(t.uid()).encode()), 0, null, null);
        for (Address a : told) {
            tx.contacts().find(a).filter(c -> LinnetWire.supportsExtensions(c.capabilities()) && c.keys().present())
                    .ifPresent(c -> FileWire.queue(ctx, tx, c, cancel));
        }
        progress.changed(tx, cancelled);
        tx.afterCommit(() -> store.dropStaged(t.uid()));
        return cancelled;
    }

    /** Stops serving files older than the offer lifetime (offered or relayed) and drops their copies. */
    void expire(Instant now) {
        Instant before = now.minus(ctx.config().files().offerLifetime());
        ctx.db().useTransaction(tx -> {
            for (TransferState s : new TransferState[] {TransferState.OFFERED, TransferState.TRANSFERRING}) {
                for (FileTransfer t : tx.files().inState(s)) {
                    if (t.outgoing() && t.createdAt().isBefore(before)) {
                        FileTransfer expired = t.withState(TransferState.EXPIRED, "no longer offered", now);
                        tx.files().update(expired);
                        progress.changed(tx, expired);
                        tx.afterCommit(() -> store.dropStaged(t.uid()));
                    }
                }
            }
            for (FileTransfer t : tx.files().inState(TransferState.COMPLETE)) {
                if (t.relay() && t.createdAt().isBefore(before)) {
                    tx.files().update(t.withRelay(false, now));
                    tx.afterCommit(() -> store.dropStaged(t.uid()));
                }
            }
        });
    }

    private static Verdict reject(Contact c, TransferUid uid, String why) {
        LOG.warn("refused from {} for {}: {}", c.address(), uid, why);
        return Verdict.REJECT;
    }
}
