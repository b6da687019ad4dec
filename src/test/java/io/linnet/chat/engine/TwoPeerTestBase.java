package io.linnet.chat.engine;

import io.linnet.chat.core.EngineConfig;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.store.SqliteDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests of two established contacts, alice and bob, over one in-memory network, with fresh databases each test. */
abstract class TwoPeerTestBase {
    static final List<UnlockedIdentity> IDS = TestIdentities.identities(2);
    MemoryNet net;
    Peer alice;
    Peer bob;

    /** The engines' settings: {@link Peer#FAST} unless a test class needs others. */
    EngineConfig config() {
        return Peer.FAST;
    }

    @BeforeEach
    void connectAliceAndBob() {
        net = new MemoryNet();
        alice = new Peer(IDS.get(0), SqliteDatabase.inMemory(), net.transport(IDS.get(0).address()), config());
        bob = new Peer(IDS.get(1), SqliteDatabase.inMemory(), net.transport(IDS.get(1).address()), config());
        Peer.connect(alice, bob);
    }

    @AfterEach
    void closeAll() {
        alice.close();
        bob.close();
        net.close();
        alice.db.close();
        bob.db.close();
    }
}
