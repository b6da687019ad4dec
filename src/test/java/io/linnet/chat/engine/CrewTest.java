package io.linnet.chat.engine;

import org.junit.jupiter.api.AfterEach;

/** Base of the group tests: a {@link Crew} closed after each test, and its first four peers by name. */
abstract class CrewTest {
    Crew crew;

    @AfterEach
    void closeCrew() {
        if (crew != null) {
            crew.close();
        }
    }

    Peer owner() {
        return crew.owner();
    }

    Peer bob() {
        return crew.get(1);
    }

    Peer carol() {
        return crew.get(2);
    }

    Peer dave() {
        return crew.get(3);
    }
}
