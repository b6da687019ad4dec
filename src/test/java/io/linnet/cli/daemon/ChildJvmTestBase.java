package io.linnet.cli.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that run the packaged jar as child JVMs ({@link ChildJvm}); every child started is killed after each test. */
abstract class ChildJvmTestBase {
    @TempDir
    Path dir;
    final List<ChildJvm> children = new ArrayList<>();

    @AfterEach
    void killAll() throws InterruptedException {
        for (ChildJvm c : children) {
            c.kill();
        }
    }

    ChildJvm track(ChildJvm c) {
        children.add(c);
        return c;
    }
}
