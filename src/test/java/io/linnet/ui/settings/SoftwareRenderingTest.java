package io.linnet.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareRenderingTest {
    private static final String BUILD = "25.0.3+9 / 1.0.0";
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");
    @TempDir
    Path dir;

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    @Test
    void aFallbackIsRememberedForTheSameBuildUntilItIsThirtyDaysOld() {
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0)), "nothing recorded yet: probe");
        SoftwareRendering.record(dir, BUILD, false, at(T0));
        assertTrue(SoftwareRendering.remembered(dir, BUILD, at(T0.plusSeconds(5))));
        assertTrue(SoftwareRendering.remembered(dir, BUILD, at(T0.plus(Duration.ofDays(30)))));
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0.plus(Duration.ofDays(30)).plusSeconds(1))),
                "an old record probes again: a new driver or card may work now");
        assertFalse(SoftwareRendering.remembered(dir, "25.0.4+7 / 1.0.0", at(T0.plusSeconds(5))), "another Java probes again");
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0.minusSeconds(60))), "a record from the future (clock set back)");
    }

    @Test
    void hardwareRenderingDeletesTheRecord() {
        SoftwareRendering.record(dir, BUILD, false, at(T0));
        assertTrue(Files.exists(dir.resolve(SoftwareRendering.FILE)));
        SoftwareRendering.record(dir, BUILD, true, at(T0.plusSeconds(1)));
        assertFalse(Files.exists(dir.resolve(SoftwareRendering.FILE)));
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0.plusSeconds(2))));
    }

    @Test
    void aDataDirectoryNotMadeYetIsCreated() {
        Path fresh = dir.resolve("not/yet");
        SoftwareRendering.record(fresh, BUILD, false, at(T0));
        assertTrue(SoftwareRendering.remembered(fresh, BUILD, at(T0)));
    }

    @Test
    void anUnreadableOrForeignRecordMeansProbing() throws Exception {
        Path f = dir.resolve(SoftwareRendering.FILE);
        Files.writeString(f, "pipeline=software\nbuild=" + BUILD + "\nprobed=yesterday\n");
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0)));
        Files.writeString(f, "pipeline=hardware\nbuild=" + BUILD + "\nprobed=" + T0 + "\n");
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0)));
        Files.write(f, new byte[] {'\\', 'u', '0', 'z', 0, (byte) 0xff});
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0)));
        Files.delete(f);
        Files.createDirectory(f);
        assertFalse(SoftwareRendering.remembered(dir, BUILD, at(T0)));
    }

    @Test
    void theRecordNamesTheBuildItWasMadeWith() {
        SoftwareRendering.record(dir, BUILD, false, at(T0));
        assertEquals(new SoftwareRendering.Record(BUILD, T0), SoftwareRendering.read(dir.resolve(SoftwareRendering.FILE)).orElseThrow());
        String build = SoftwareRendering.currentBuild();
        assertTrue(build.startsWith(System.getProperty("java.runtime.version") + " / "), build);
        assertTrue(build.contains(System.getProperty("os.version")), build);
    }

    @Test
    void theUsersChoiceWinsThenTheRecordThenTheDevices() {
        int[] asked = new int[2];
        java.util.function.BooleanSupplier yesRecord = () -> ++asked[0] > 0;
        java.util.function.BooleanSupplier noRecord = () -> ++asked[0] < 0;
        java.util.function.BooleanSupplier noDevice = () -> ++asked[1] > 0;
        java.util.function.BooleanSupplier aDevice = () -> ++asked[1] < 0;
        assertEquals(SoftwareRendering.Reason.NONE, SoftwareRendering.choose("es2", yesRecord, noDevice));
        assertEquals(0, asked[0] + asked[1], "a prism.order the user set: nothing is looked at");
        assertEquals(SoftwareRendering.Reason.REMEMBERED, SoftwareRendering.choose(null, yesRecord, noDevice));
        assertEquals(0, asked[1], "a record decides without looking at the devices");
        assertEquals(SoftwareRendering.Reason.NO_GRAPHICS_DEVICE, SoftwareRendering.choose(null, noRecord, noDevice));
        assertEquals(SoftwareRendering.Reason.NONE, SoftwareRendering.choose(null, noRecord, aDevice), "a device: JavaFX probes");
    }
}
