package io.linnet.chat.files;

import io.linnet.chat.api.ChatException;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.core.FileConfig;
import io.linnet.chat.core.GroupFanOut;
import io.linnet.chat.core.GroupFileOffers;
import io.linnet.chat.core.Verdict;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.Transaction;
import io.linnet.chat.store.TransferState;
import io.linnet.chat.wire.LinnetWire;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.spixi.AcceptFileMessage;
import io.linnet.ixian.spixi.FileDataMessage;
import io.linnet.ixian.spixi.FileFullyReceivedMessage;
import io.linnet.ixian.spixi.RequestFileDataMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.spixi.TransferUid;
import io.linnet.ixian.stream.StreamMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's file-transfer part: where the receive pipeline hands the six transfer messages (Spixi's
 * five plus Linnet's cancel), the engine-thread side of the {@link io.linnet.chat.api.FileTransfers} use
 * cases, and the periodic work (asking again for stalled packets, expiring old offers). Engine thread.
 */
public final class FileMessages implements GroupFileOffers {
    private static final Logger LOG = LoggerFactory.getLogger(FileMessages.class);
    private static final Set<Integer> TYPES = Set.of(SpixiMessageCode.FILE_HEADER.number(), SpixiMessageCode.ACCEPT_FILE.number(),
            SpixiMessageCode.REQUEST_FILE_DATA.number(), SpixiMessageCode.FILE_DATA.number(),
            SpixiMessageCode.FILE_FULLY_RECEIVED.number(), LinnetWire.FILE_CANCEL);
    private static final Duration EXPIRY_CHECK = Duration.ofMinutes(1);

    private final EngineContext ctx;
    private final FileStore store;
    private final FileSender sender;
    private final FileReceiver receiver;
    private Instant lastExpiry = Instant.EPOCH;

    public FileMessages(EngineContext ctx, ScheduledExecutorService engineThread, GroupFanOut groups) {
        this.ctx = ctx;
        FileConfig cfg = ctx.config().files();
        this.store = cfg.enabled() ? new FileStore(cfg.downloads(), cfg.staging()) : null;
        Progress progress = new Progress(ctx);
        this.sender = new FileSender(ctx, store, progress, engineThread, groups);
        this.receiver = new FileReceiver(ctx, store, progress, groups);
    }

    /** Whether {@code s} is a file-transfer message. */
    public static boolean handles(SpixiMessage s) {
        return TYPES.contains(s.type());
    }

    /** Handles a file-transfer message from an established contact. */
    public Verdict receive(Contact c, StreamMessage m, SpixiMessage s) throws ProtocolException {
        byte[] data = s.data().toByteArray();
        if (s.type() == LinnetWire.FILE_CANCEL) {
            TransferUid uid = AcceptFileMessage.decode(data).uid();
            if (!receiver.onCancelled(c, uid) && !sender.onCancelled(c, uid)) {
                LOG.info("{} cancels {}, which we do not have", c.address(), uid);
            }
            return Verdict.ACK;
        }
        return switch (s.code().orElseThrow()) {
            case FILE_HEADER -> receiver.onHeader(c, m, s);
            case ACCEPT_FILE -> sender.onAccept(c, AcceptFileMessage.decode(data));
            case REQUEST_FILE_DATA -> sender.onRequest(c, RequestFileDataMessage.decode(data));
            case FILE_DATA -> receiver.onData(c, FileDataMessage.decode(data));
            case FILE_FULLY_RECEIVED -> sender.onFullyReceived(c, FileFullyReceivedMessage.decode(data).uid());
            default -> throw new IllegalStateException("not a file message: " + s.type());
        };
    }

    @Override
    public Verdict onGroupOffer(Transaction tx, Group group, Contact from, Address author, StreamMessage m, SpixiMessage s,
            boolean relay) throws ProtocolException {
        return receiver.onGroupOffer(tx, group, from, author, m, s, relay);
    }

    /** Whether this engine has file folders. */
    boolean enabled() {
        return store != null;
    }

    FileStore store() {
        return store;
    }

    /** Commits the offer of a staged file. */
    FileTransfer offer(Address to, Path source, TransferUid uid, FileStore.Staged staged) {
        return sender.offer(to, source, uid, staged);
    }

    FileTransfer accept(long id) {
        return receiver.accept(id);
    }

    FileTransfer cancel(long id) {
        return ctx.db().inTransaction(tx -> {
            FileTransfer t = tx.files().find(id).orElseThrow(() -> new ChatException("unknown transfer " + id));
            if (t.state() == TransferState.COMPLETE || t.state() == TransferState.EXPIRED) {
                throw new ChatException("the transfer is already " + t.state().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (t.state() == TransferState.CANCELLED) {
                return t;
            }
            return t.outgoing() ? sender.cancel(tx, t) : receiver.cancel(tx, t);
        });
    }

    /** After the engine starts: lines up interrupted downloads to be asked for again. */
    public void resume() {
        receiver.resume();
    }

    /** Periodic: asks again for stalled packets, expires old offers (once a minute). */
    public void tick() {
        Instant now = ctx.now();
        receiver.tick(now, false);
        if (store != null && Duration.between(lastExpiry, now).compareTo(EXPIRY_CHECK) >= 0) {
            lastExpiry = now;
            sender.expire(now);
        }
    }

    /** The network is back: every moving download asks for its next packet now. */
    public void online() {
        receiver.tick(ctx.now(), true);
    }
}
