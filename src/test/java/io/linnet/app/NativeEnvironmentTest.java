package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NativeEnvironmentTest {
    @Test
    void aVariableIsSetInTheProcessEnvironmentUnlessItIsAlreadySet() {
        String name = "LINNET_TEST_ENV_" + ProcessHandle.current().pid();
        assertEquals(Optional.empty(), NativeEnvironment.get(name));
        NativeEnvironment.setIfUnset(name, "first");
        assertEquals(Optional.of("first"), NativeEnvironment.get(name));
        NativeEnvironment.setIfUnset(name, "second");
        assertEquals(Optional.of("first"), NativeEnvironment.get(name), "a value already there wins");
    }

    @Test
    void theGtkSwitchIsSetOnLinuxOnly() {
        Optional<String> before = NativeEnvironment.get("GDK_GL");
        DesktopStarter.keepGtkOffOpenGl();
        boolean linux = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        assertEquals(before.isPresent() ? before : linux ? Optional.of("disable") : Optional.empty(), NativeEnvironment.get("GDK_GL"));
    }
}
