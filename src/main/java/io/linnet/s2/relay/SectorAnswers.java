package io.linnet.s2.relay;

import io.linnet.ixian.address.Address;
import io.linnet.s2.message.SectorNodes;
import io.linnet.s2.presence.Presence;
import io.linnet.s2.sector.RelayIndex;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code getSectorNodes} locally (§7.4): the relay index holds every relay whose 'R' presence
 * the store accepted (this relay's own included, roster peers once they introduced themselves), and
 * each answer carries the full presences of the chosen relays. Relays sharing a roster and connected to
 * each other hold the same index and so give the same answer.
 */
final class SectorAnswers {
    private final PresenceStore store;
    /** Smallest window the selection walk is defined for; smaller requests get this many. */
    static final int MIN_COUNT = 2;

    private volatile RelayIndex index = RelayIndex.of(List.of());
    private volatile List<Address> members = List.of();

    SectorAnswers(PresenceStore store) {
        this.store = store;
    }

    /** Recomputes the index from the store's relay presences. */
    synchronized void rebuild() {
        List<Address> relays = store.relays();
        index = RelayIndex.of(relays);
        members = List.copyOf(relays);
    }

    /**
     * The sector around {@code prefix}: at most {@code k} relays with a known presence, ascending by
     * key. The selection walk needs a window of at least {@value #MIN_COUNT}, so a request for fewer
     * is answered with up to that many.
     */
    SectorNodes answer(byte[] prefix, int k) {
        List<Presence> relays = index.sectorNodes(prefix, Math.max(MIN_COUNT, k)).stream().map(store::get).flatMap(Optional::stream).toList();
        return SectorNodes.of(prefix, relays);
    }

    /** The relays in the index now. */
    List<Address> members() {
        return members;
    }

    int size() {
        return index.size();
    }
}
