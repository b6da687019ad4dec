package io.linnet.chat.service;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.ixian.address.Address;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether each approved contact is online, for the UI, announced as {@link EngineEvent.PresenceChanged}
 * when it changes. A contact is online while its presence on the network is fresh — its newest client
 * entry was signed less than {@link io.linnet.chat.core.EngineConfig#presenceFresh()} ago (clients re-sign
 * it about every 100 s while connected; a stopped client's entry only ages) — or a message from it arrived
 * within that time. Every {@link io.linnet.chat.core.EngineConfig#presenceRefresh()}, and when we come
 * online, each approved contact's presence is looked up afresh; while we are offline nothing is looked up
 * and nobody counts as online. Until the first answer a contact counts as offline (no event).
 *
 * <p>Engine thread, except {@link #isOnline}, which any thread may call.
 */
final class ContactPresence {
    private static final Logger LOG = LoggerFactory.getLogger(ContactPresence.class);
    private final EngineContext ctx;
    private final Executor engineThread;
    private final Map<Address, Boolean> online = new ConcurrentHashMap<>();
    private final Map<Address, Instant> lastHeard = new HashMap<>();

    ContactPresence(EngineContext ctx, Executor engineThread) {
        this.ctx = ctx;
        this.engineThread = engineThread;
    }

    /** Looks up every approved contact, or — while we are offline — marks everyone offline without a lookup. */
    void refresh() {
        if (!ctx.transport().online()) {
            Set.copyOf(online.keySet()).forEach(a -> set(a, false));
            return;
        }
        List<Contact> approved = ctx.db().read(tx -> tx.contacts().withState(ContactState.APPROVED));
        Set<Address> current = new HashSet<>();
        for (Contact c : approved) {
            current.add(c.address());
            ctx.transport().lastSeen(c.address())
                    .thenAcceptAsync(seen -> answered(c.address(), seen), engineThread)
                    .exceptionally(e -> {
                        LOG.debug("presence of {} not judged: {}", c.address(), e.toString());
                        return null;
                    });
        }
        for (Address gone : Set.copyOf(online.keySet())) {
            if (!current.contains(gone)) {
                set(gone, false);
                online.remove(gone);
                lastHeard.remove(gone);
            }
        }
    }

    /** A message from {@code contact} arrived: it is online now. */
    void heard(Address contact) {
        lastHeard.put(contact, ctx.now());
        set(contact, true);
    }

    /** Whether {@code contact} counts as online now; {@code false} until known. Any thread. */
    boolean isOnline(Address contact) {
        return online.getOrDefault(contact.withoutPublicKey(), false);
    }

    private void answered(Address contact, Optional<Instant> seen) {
        if (!ctx.transport().online()) {
            return;
        }
        Duration fresh = ctx.config().presenceFresh();
        Instant networkNow = ctx.transport().networkTime().instant();
        boolean present = seen.isPresent() && seen.get().isAfter(networkNow.minus(fresh));
        Instant heard = lastHeard.get(contact);
        boolean spoke = heard != null && heard.isAfter(ctx.now().minus(fresh));
        boolean approved = ctx.db().read(tx -> tx.contacts().find(contact))
                .map(c -> c.state() == ContactState.APPROVED).orElse(false);
        set(contact, approved && (present || spoke));
    }

    private void set(Address contact, boolean now) {
        Boolean before = online.put(contact, now);
        if (before == null ? now : before != now) {
            LOG.debug("{} is {}", contact, now ? "online" : "offline");
            ctx.events().publish(new EngineEvent.PresenceChanged(contact, now));
        }
    }
}
