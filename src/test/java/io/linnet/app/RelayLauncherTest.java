package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The installers' relay launcher is "Linnet relay" with the user's arguments after it. */
class RelayLauncherTest {
    @Test
    void putsRelayInFrontOfTheArguments() {
        assertArrayEquals(new String[] {"relay"}, RelayLauncher.relayArgs(new String[0]));
        assertArrayEquals(new String[] {"relay", "--listen", "0.0.0.0:10235", "--stats", "60"},
                RelayLauncher.relayArgs(new String[] {"--listen", "0.0.0.0:10235", "--stats", "60"}));
        assertFalse(Launcher.desktop(RelayLauncher.relayArgs(new String[] {"--data-dir", "/var/lib/linnet-relay"})),
                "--data-dir after relay belongs to the relay, it does not open the desktop");
    }
}
