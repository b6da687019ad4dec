package io.linnet.chat.files;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.Envelopes;
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
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our side of the files we offer: the offer (history message, transfer and queued {@code fileHeader} in one
 * durable transaction), then serving packets as receivers pull them — {@code acceptFile} gets packet 0,
 * {@code requestFileData n} gets packet n — paced under {@link io.linnet.chat.core.FileConfig#sendBytesPerSecond},
 * and {@code fileFullyReceived} closing a receiver's delivery. Serving needs nothing but the database and the
 * staged copy, so it carries on after a restart. Engine thread.
 */
final class FileSender {
    private static final Logger LOG = LoggerFactory.getLogger(FileSender.class);
    private final EngineContext ctx;
    private final FileStore store;
    private final Progress progress;
    private final ScheduledExecutorService engineThread;
    private final Pacer pacer;

    FileSender(EngineContext ctx, FileStore store, Progress progress, ScheduledExecutorService engineThread) {
        this.ctx = ctx;
        this.store = store;
        this.progress = progress;
        this.engineThread = engineThread;
        this.pacer = new Pacer(ctx.config().files().sendBytesPerSecond());
    }

    /** Commits the offer of a staged file to a contact. */
    FileTransfer offer(Address to, Path source, TransferUid uid, FileStore.Staged staged) {
        String name = SafeFileNames.sanitize(source.getFileName() == null ? "" : source.getFileName().toString());
        return ctx.db().inTransaction(Durability.FULL, tx -> {
            Contact c = FileWire.established(tx, to);
            Bytes id = StreamMessage.randomId();
            MessageKey key = new MessageKey(c.address(), id);
            FileHeaderMessage header = new FileHeaderMessage(uid, name, staged.size(), Bytes.EMPTY,
                    FileHeaderMessage.SPIXI_PACKET_SIZE, 0, staged.sha256());
            FileHeaderMessage wire = LinnetWire.supportsExtensions(c.capabilities()) ? header : header.withoutHash();
            StreamMessage plain = Envelopes.plain(ctx, c.address(), id, FileWire.message(SpixiMessageCode.FILE_HEADER,
                    wire.encode()), StreamMessageCode.DATA, EncryptionCode.SPIXI2, true);
            Instant now = ctx.now();
            StoredMessage stored = tx.messages().insertOutgoing(new NewMessage(key, 0, Direction.OUTGOING, null,
                    MessageState.SENDING, Instant.ofEpochSecond(plain.timestamp()), now, Bytes.EMPTY, name));
            FileTransfer t = tx.files().insert(new FileTransfer(0, Direction.OUTGOING, key, c.address(), uid, name,
                    staged.size(), MediaTypes.of(name), header.packetSize(), 0, TransferState.OFFERED, staged.sha256(), true,
                    source.toAbsolutePath(), Bytes.EMPTY, "", now, now));
            OutboxQueue.enqueue(ctx, tx, plain, key);
            ctx.events().afterCommit(tx, new EngineEvent.MessageAdded(stored));
            progress.changed(tx, t);
            return t;
        });
    }

    /** acceptFile: packet 0 to the receiver. */
    Verdict onAccept(Contact c, AcceptFileMessage a) {
        return onPull(c, a.uid(), 0, true);
    }

    /** requestFileData: packet n to the receiver. */
    Verdict onRequest(Contact c, io.linnet.ixian.spixi.RequestFileDataMessage r) {
        return onPull(c, r.uid(), r.packetNumber(), false);
    }

    private Verdict onPull(Contact c, TransferUid uid, long n, boolean accept) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = tx.files().findOutgoing(uid).filter(t -> servesTo(t, c.address()));
            if (found.isEmpty()) {
                return reject(c, uid, "a pull for no file offered to them");
            }
            FileTransfer t = found.get();
            if (t.state() != TransferState.OFFERED && t.state() != TransferState.TRANSFERRING) {
                LOG.info("{} asks for {} of {}, which is {}; nothing sent", c.address(), n, uid, t.state());
                return accept ? Verdict.ACK : Verdict.DONE;
            }
            boolean inRange = n < t.packetCount() || (t.size() == 0 && n == 0);
            if (!inRange) {
                return reject(c, uid, "packet " + n + " of a file of " + t.packetCount() + " packets");
            }
            FileTransfer moving = t.withState(TransferState.TRANSFERRING, "", now).withNextPacket(Math.max(n, t.nextPacket()), now);
            tx.files().update(moving);
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), n, TransferState.TRANSFERRING, now));
            if (t.state() == TransferState.OFFERED) {
                progress.changed(tx, moving);
            }
            progress.report(tx, moving, moving.bytesDone());
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
        Optional<FileTransfer> t = ctx.db().read(tx -> tx.files().find(transferId));
        if (t.isEmpty() || t.get().state() != TransferState.TRANSFERRING) {
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

    /** fileFullyReceived: that receiver is done; a file sent to one contact is then complete. */
    Verdict onFullyReceived(Contact c, TransferUid uid) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = tx.files().findOutgoing(uid).filter(t -> servesTo(t, c.address()));
            if (found.isEmpty()) {
                LOG.info("{} reports {} complete, which is not a file offered to them", c.address(), uid);
                return Verdict.ACK;
            }
            FileTransfer t = found.get();
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), t.packetCount(), TransferState.COMPLETE, now));
            if (t.peer().equals(c.address()) && t.state() != TransferState.COMPLETE && t.state() != TransferState.CANCELLED) {
                FileTransfer done = t.withState(TransferState.COMPLETE, "", now).withNextPacket(t.packetCount(), now);
                tx.files().update(done);
                progress.changed(tx, done);
                tx.afterCommit(() -> store.dropStaged(uid));
            }
            return Verdict.ACK;
        });
    }

    /** The receiver gave up (Linnet's cancel): its delivery stops; a file sent to that one contact is cancelled. */
    boolean onCancelled(Contact c, TransferUid uid) {
        Instant now = ctx.now();
        return ctx.db().inTransaction(tx -> {
            Optional<FileTransfer> found = tx.files().findOutgoing(uid).filter(t -> servesTo(t, c.address()));
            if (found.isEmpty()) {
                return false;
            }
            FileTransfer t = found.get();
            tx.files().saveDelivery(new TransferDelivery(t.id(), c.address(), t.nextPacket(), TransferState.CANCELLED, now));
            if (t.peer().equals(c.address()) && !t.state().finished()) {
                FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled by the receiver", now);
                tx.files().update(cancelled);
                progress.changed(tx, cancelled);
                tx.afterCommit(() -> store.dropStaged(uid));
            }
            return true;
        });
    }

    /** Our cancel: nothing more is served, the staged copy goes, a Linnet receiver is told. */
    FileTransfer cancel(Transaction tx, FileTransfer t) {
        FileTransfer cancelled = t.withState(TransferState.CANCELLED, "cancelled", ctx.now());
        tx.files().update(cancelled);
        tx.contacts().find(t.peer()).filter(c -> LinnetWire.supportsExtensions(c.capabilities()))
                .ifPresent(c -> FileWire.queue(ctx, tx, c, new io.linnet.ixian.spixi.SpixiMessage(LinnetWire.FILE_CANCEL,
                        Bytes.of(new AcceptFileMessage(t.uid()).encode()), 0, null, null)));
        progress.changed(tx, cancelled);
        tx.afterCommit(() -> store.dropStaged(t.uid()));
        return cancelled;
    }

    /** Stops offering files older than the offer lifetime and drops their copies. */
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
        });
    }

    /** Whether {@code who} may pull {@code t}: the contact it was offered to. */
    private static boolean servesTo(FileTransfer t, Address who) {
        return t.peer().equals(who);
    }

    private static Verdict reject(Contact c, TransferUid uid, String why) {
        LOG.warn("refused from {} for {}: {}", c.address(), uid, why);
        return Verdict.REJECT;
    }
}
