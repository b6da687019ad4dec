package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.GetKeepAlives;
import io.linnet.s2.message.GetPresence2;
import io.linnet.s2.message.KeepAliveRef;
import io.linnet.s2.message.KeepAlivesChunk;
import io.linnet.s2.message.UpdatePresence;
import io.linnet.s2.net.S2Session;
import io.linnet.s2.presence.KeepAlive;
import io.linnet.s2.presence.NodeType;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.presence.PresenceAddress;
import io.linnet.s2.presence.PresenceValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The presence messages of §3 and §7.3 as a relay answers them: {@code updatePresence},
 * {@code keepAlivePresence}, {@code keepAlivesChunk}, {@code inventory2} KeepAlive items,
 * {@code getPresence2}, {@code getRandomPresences} and {@code getKeepAlives}.
 *
 * <p>Stricter than Ixian where it costs nothing: a client ('C') may only publish its own wallet; only
 * client and relay entries are kept (no DLT here); a relay entry is kept only for a wallet and
 * "host:port" on the roster, never for this relay's own wallet (its own presence is put in place
 * locally); every presence must belong to the key it carries (checked by {@link PresenceValidator}).
 */
final class PresenceHandling {
    private static final Logger log = LoggerFactory.getLogger(PresenceHandling.class);
    static final int RANDOM_POOL = 20;
    static final int RANDOM_ANSWERS = 10;

    private final RelayContext ctx;

    PresenceHandling(RelayContext ctx) {
        this.ctx = ctx;
    }

    void update(S2Session from, Presence p) {
        if (!mayPublish(from, p.wallet())) {
            ctx.rejected("presence of another wallet from client " + from.peerAddress());
            return;
        }
        List<PresenceAddress> kept = p.addresses().stream().filter(e -> keepable(p.wallet(), e.type(), e.hostName())).toList();
        if (kept.isEmpty()) {
            ctx.rejected("presence of " + p.wallet() + " has no entry this relay keeps");
            return;
        }
        PresenceValidator.Result r = ctx.validator().validate(p.withAddresses(kept), ctx.nowSeconds());
        if (r.accepted().isEmpty()) {
            ctx.rejected("presence of " + p.wallet() + " refused: " + r.rejections());
            return;
        }
        Presence accepted = r.accepted().get();
        if (ctx.store().merge(accepted) && accepted.addresses().stream().anyMatch(e -> e.type() == NodeType.RELAY)) {
            ctx.sectors().rebuild();
            log.info("relay {} at {} joined the relay index", accepted.wallet(), accepted.addresses().getFirst().hostName());
        }
    }

    void keepAlive(S2Session from, KeepAlive ka) {
        if (!mayPublish(from, ka.wallet()) || !keepable(ka.wallet(), ka.nodeType(), ka.hostName())) {
            ctx.rejected("KeepAlive of " + ka.wallet() + " not accepted from " + from.peerAddress());
            return;
        }
        switch (ctx.store().applyKeepAlive(ka, ctx.nowSeconds(), ctx.validator())) {
            case UNKNOWN -> ctx.send(from, new GetPresence2(ka.wallet()));
            case INVALID -> ctx.rejected("invalid KeepAlive of " + ka.wallet());
            case STALE, ACCEPTED -> { }
        }
    }

    void keepAlives(S2Session from, KeepAlivesChunk chunk) {
        List<KeepAlive> kas = chunk.keepAlives();
        if (kas.size() < chunk.encodedKeepAlives().size()) {
            ctx.rejected((chunk.encodedKeepAlives().size() - kas.size()) + " undecodable KeepAlives");
        }
        kas.forEach(ka -> keepAlive(from, ka));
    }

    /** Announced KeepAlives of wallets we know are fetched; others are ignored. */
    void inventory(S2Session from, List<KeepAliveRef> refs) {
        List<KeepAliveRef> wanted = refs.stream().filter(r -> ctx.store().get(r.address()).isPresent())
                .limit(GetKeepAlives.MAX_PER_MESSAGE).toList();
        if (!wanted.isEmpty()) {
            ctx.send(from, new GetKeepAlives(wanted));
        }
    }

    /** The presence if known; silence otherwise. */
    void answerPresence(S2Session to, Address wallet) {
        ctx.store().get(wallet).ifPresent(p -> ctx.send(to, new UpdatePresence(p)));
    }

    void answerRandom(S2Session to, NodeType type) {
        List<Presence> pool = new ArrayList<>(ctx.store().recent(type, RANDOM_POOL));
        Collections.shuffle(pool);
        pool.stream().limit(RANDOM_ANSWERS).forEach(p -> ctx.send(to, new UpdatePresence(p)));
    }

    void answerKeepAlives(S2Session to, List<KeepAliveRef> refs) {
        List<KeepAlive> found = refs.stream()
                .flatMap(r -> ctx.store().keepAlive(r.address(), r.deviceId()).stream()).toList();
        if (!found.isEmpty()) {
            ctx.send(to, KeepAlivesChunk.of(found));
        }
    }

    private static boolean mayPublish(S2Session from, Address wallet) {
        return from.peerType() != NodeType.CLIENT || from.peerAddress().equals(wallet);
    }

    private boolean keepable(Address wallet, NodeType type, String hostName) {
        return switch (type) {
            case CLIENT -> true;
            case RELAY -> !wallet.equals(ctx.self()) && ctx.roster().admits(wallet, hostName);
            default -> false;
        };
    }
}
