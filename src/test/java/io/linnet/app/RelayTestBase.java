package io.linnet.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of whole profiles through one real relay ({@link RelayFixture}); profiles they open are closed after each test. */
abstract class RelayTestBase {
    @TempDir
    Path dir;
    RelayFixture net;
    final List<ProfileRuntime> open = new ArrayList<>();

    @BeforeEach
    void relay() throws Exception {
        net = new RelayFixture(dir);
        net.startRelay();
    }

    @AfterEach
    void stop() {
        open.forEach(ProfileRuntime::close);
        net.close();
    }

    /** Opens (the first time: creates) the profile {@code name} with the fixture's timings. */
    ProfileRuntime start(String name) throws Exception {
        return track(net.profile(name));
    }

    ProfileRuntime track(ProfileRuntime rt) {
        open.add(rt);
        return rt;
    }

    /** Closes a profile before the test ends (it may be opened again from its directory). */
    void shut(ProfileRuntime rt) {
        open.remove(rt);
        rt.close();
    }
}
