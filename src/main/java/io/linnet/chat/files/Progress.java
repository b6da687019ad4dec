package io.linnet.chat.files;

import io.linnet.chat.api.EngineEvent;
import io.linnet.chat.core.EngineContext;
import io.linnet.chat.store.FileTransfer;
import io.linnet.chat.store.Transaction;
import java.util.HashMap;
import java.util.Map;

/** Progress events, at most one per whole percent of each transfer. Engine thread only. */
final class Progress {
    private final EngineContext ctx;
    private final Map<Long, Long> lastPercent = new HashMap<>();

    Progress(EngineContext ctx) {
        this.ctx = ctx;
    }

    /** Publishes {@code bytesDone} of {@code t} after {@code tx} commits, if the percent changed. */
    void report(Transaction tx, FileTransfer t, long bytesDone) {
        long percent = t.size() == 0 ? 100 : bytesDone * 100 / t.size();
        Long before = lastPercent.put(t.id(), percent);
        if (before == null || before != percent) {
            ctx.events().afterCommit(tx, new EngineEvent.FileTransferProgress(t.id(), t.message(), bytesDone, t.size()));
        }
    }

    /** Publishes a change of state. */
    void changed(Transaction tx, FileTransfer t) {
        if (t.state().finished()) {
            lastPercent.remove(t.id());
        }
        ctx.events().afterCommit(tx, new EngineEvent.FileTransferChanged(t));
    }
}
