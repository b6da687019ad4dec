package io.linnet.chat.messaging;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.ixian.address.Address;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Who is typing: a typing notice counts for {@link io.linnet.chat.core.EngineConfig#typingTimeout()}, after
 * which a {@code TypingChanged(false)} follows unless another notice came. Engine thread only.
 */
public final class Typing {
    private final EngineContext ctx;
    private final ScheduledExecutorService engineThread;
    private final Map<Address, Instant> until = new HashMap<>();

    public Typing(EngineContext ctx, ScheduledExecutorService engineThread) {
        this.ctx = ctx;
        this.engineThread = engineThread;
    }

    /** The contact sent a typing notice. */
    public void typed(Address contact) {
        Instant end = ctx.now().plus(ctx.config().typingTimeout());
        if (until.put(contact, end) == null) {
            ctx.events().publish(new EngineEvent.TypingChanged(contact, true));
        }
        engineThread.schedule(() -> expire(contact), ctx.config().typingTimeout().toMillis() + 10, TimeUnit.MILLISECONDS);
    }

    /** A message from the contact ends its typing. */
    public void stopped(Address contact) {
        if (until.remove(contact) != null) {
            ctx.events().publish(new EngineEvent.TypingChanged(contact, false));
        }
    }

    private void expire(Address contact) {
        Instant end = until.get(contact);
        if (end != null && !end.isAfter(ctx.now())) {
            stopped(contact);
        }
    }
}
