package io.linnet.chat.engine;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.chat.store.StoredMessage;
import io.linnet.ixian.address.Address;
import io.linnet.store.SqliteDatabase;
import java.util.ArrayList;
import java.util.List;

/** An owner and members on one in-memory network, for group tests; closes everything it started. */
final class Crew implements AutoCloseable {
    final MemoryNet net = new MemoryNet();
    final List<Peer> peers = new ArrayList<>();

    Crew(List<UnlockedIdentity> ids, EngineConfig config) {
        this(ids, id -> config);
    }

    /** Each peer with its own settings (file folders, say). */
    Crew(List<UnlockedIdentity> ids, java.util.function.Function<UnlockedIdentity, EngineConfig> config) {
        for (UnlockedIdentity id : ids) {
            peers.add(new Peer(id, SqliteDatabase.inMemory(), net.transport(id.address()), config.apply(id)));
        }
    }

    Crew(List<UnlockedIdentity> ids) {
        this(ids, Peer.FAST);
    }

    Peer owner() {
        return peers.getFirst();
    }

    Peer get(int i) {
        return peers.get(i);
    }

    List<Peer> members() {
        return peers.subList(1, peers.size());
    }

    /** The owner befriends every member; with {@code mesh} the members befriend each other too. */
    Crew connect(boolean mesh) {
        for (Peer m : members()) {
            Peer.connect(owner(), m);
        }
        if (mesh) {
            for (int i = 1; i < peers.size(); i++) {
                for (int j = i + 1; j < peers.size(); j++) {
                    Peer.connect(peers.get(i), peers.get(j));
                }
            }
        }
        return this;
    }

    /** The owner creates a group of everyone and waits until every member has joined. */
    Group group(String name, boolean hide, List<String> channels) {
        List<Address> members = members().stream().map(Peer::address).toList();
        Group g = Peer.await(owner().engine.groups().create(name, members, hide, channels));
        for (Peer m : members()) {
            Wait.until(() -> m.engine.groups().find(g.address()).isPresent()
                    && m.engine.groups().members(g.address()).size() == peers.size(), "every member joined");
        }
        return g;
    }

    static List<StoredMessage> history(Peer p, Address group) {
        return p.engine.history(group, 10_000);
    }

    @Override
    public void close() {
        for (Peer p : peers) {
            p.close();
        }
        net.close();
        for (Peer p : peers) {
            p.db.close();
        }
    }
}
