package io.linnet.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that JavaFX found no usable graphics hardware on this computer and drew in software, so that
 * later starts go straight to the software pipeline instead of probing OpenGL again. The probe loads the
 * computer's whole OpenGL driver (on a machine without a usable GPU, Mesa with LLVM: some 50 MB of memory
 * that stays mapped for the life of the process) only to be told that the driver is refused.
 *
 * <p>The record ({@value #FILE} in the data directory, not part of a backup) holds what it was made with
 * ({@link #currentBuild}: Java, Linnet and system versions, the display) and when; anything different, or a
 * record older than {@link #REPROBE_AFTER}, probes again, so a new driver or graphics card is found. A start
 * with hardware rendering deletes the record. Without a record, a computer with no graphics device at all
 * ({@link GraphicsDevices}) skips the probe on its first start too. A {@code prism.order} the user set is
 * left alone and nothing is recorded.
 *
 * <p>Imports nothing from JavaFX: {@link #applyBeforeLaunch} runs before the toolkit is loaded.
 */
public final class SoftwareRendering {
    public static final String FILE = "rendering.properties";
    public static final Duration REPROBE_AFTER = Duration.ofDays(30);
    static final String PRISM_ORDER = "prism.order";
    /** Set to the {@link Reason} when {@link #applyBeforeLaunch} chose the pipeline. */
    static final String CHOSEN_HERE = "linnet.rendering.chosen";
    private static final Logger LOG = LoggerFactory.getLogger(SoftwareRendering.class);

    private SoftwareRendering() {}

    /** What the record says, or empty when there is none or it cannot be read. */
    record Record(String build, Instant probed) {}

    /**
     * What a record belongs to: the Java runtime and Linnet versions, the operating system's version, and the
     * display the app draws on (a remote desktop session and the local screen of one computer differ in what
     * they can draw with, and in {@code DISPLAY}, {@code WAYLAND_DISPLAY} or {@code SESSIONNAME}).
     */
    public static String currentBuild() {
        String linnet = SoftwareRendering.class.getPackage().getImplementationVersion();
        java.util.Map<String, String> env = System.getenv();
        return String.join(" / ", System.getProperty("java.runtime.version", "?"), linnet == null ? "dev" : linnet,
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?"),
                "display " + env.getOrDefault("DISPLAY", "") + "," + env.getOrDefault("WAYLAND_DISPLAY", "") + ","
                        + env.getOrDefault("SESSIONNAME", ""));
    }

    /** Why this start draws in software without asking JavaFX to probe, if it does. */
    public enum Reason {
        /** Nothing chosen before the start: JavaFX probed (or the user set {@code prism.order}). */
        NONE,
        /** A fresh record of an earlier start's fallback. */
        REMEMBERED,
        /** No graphics device on this computer ({@link GraphicsDevices}). */
        NO_GRAPHICS_DEVICE
    }

    /**
     * Before JavaFX starts, when the user has not set {@code prism.order}: sets {@code prism.order=sw} when a
     * fresh record for {@code build} says this computer renders in software, or else when
     * {@code noGraphicsDevice} says there is no hardware to probe. Never fails: an unreadable record means
     * asking the devices, then probing.
     */
    public static void applyBeforeLaunch(Path dataDir, String build, Clock clock, BooleanSupplier noGraphicsDevice) {
        Reason r = choose(System.getProperty(PRISM_ORDER), () -> remembered(dataDir, build, clock), noGraphicsDevice);
        if (r != Reason.NONE) {
            System.setProperty(PRISM_ORDER, "sw");
            System.setProperty(CHOSEN_HERE, r.name());
            if (r == Reason.NO_GRAPHICS_DEVICE) {
                LOG.info("no graphics device on this computer: drawing in software without probing OpenGL");
            }
        }
    }

    /**
     * The choice {@link #applyBeforeLaunch} makes: nothing when the user set {@code prism.order}, else the
     * record, else the devices; each asked only when the one before did not decide.
     */
    static Reason choose(String userOrder, BooleanSupplier remembered, BooleanSupplier noGraphicsDevice) {
        if (userOrder != null) {
            return Reason.NONE;
        }
        return remembered.getAsBoolean() ? Reason.REMEMBERED : noGraphicsDevice.getAsBoolean() ? Reason.NO_GRAPHICS_DEVICE : Reason.NONE;
    }

    /** Whether {@code dataDir} holds a record for {@code build}, made within {@link #REPROBE_AFTER} of now. */
    static boolean remembered(Path dataDir, String build, Clock clock) {
        Optional<Record> r = read(dataDir.resolve(FILE));
        if (r.isEmpty() || !r.get().build().equals(build)) {
            return false;
        }
        Instant probed = r.get().probed();
        Instant now = clock.instant();
        return !probed.isAfter(now) && !probed.plus(REPROBE_AFTER).isBefore(now);
    }

    /**
     * After the window is up (blocking file I/O: not on the JavaFX thread): records the software pipeline
     * when JavaFX fell back to it by itself, deletes the record when hardware rendering worked, and does
     * nothing when the pipeline was chosen beforehand (by the record, or by the user).
     */
    public static void recordAfterStart(Path dataDir, String build, boolean hardware, Clock clock) {
        if (System.getProperty(PRISM_ORDER) == null) {
            record(dataDir, build, hardware, clock);
        }
    }

    /** Writes the record when {@code hardware} is false, deletes it when true; logs (and keeps going) on failure. */
    static void record(Path dataDir, String build, boolean hardware, Clock clock) {
        Path f = dataDir.resolve(FILE);
        try {
            if (hardware) {
                Files.deleteIfExists(f);
                return;
            }
            Files.createDirectories(dataDir);
            Properties p = new Properties();
            p.setProperty("pipeline", "software");
            p.setProperty("build", build);
            p.setProperty("probed", clock.instant().toString());
            Path tmp = Files.createTempFile(dataDir, FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "JavaFX found no usable graphics hardware; later starts skip the probe until "
                        + REPROBE_AFTER.toDays() + " days have passed or Java, Linnet, the system or the display changed");
            }
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("no usable graphics hardware: rendering in software, later starts skip the OpenGL probe");
        } catch (IOException e) {
            LOG.warn("could not update {}: {}", f, e.toString());
        }
    }

    /** Why this start uses the software pipeline, when {@link #applyBeforeLaunch} chose it. */
    public static Reason reason() {
        String chosen = System.getProperty(CHOSEN_HERE);
        for (Reason r : Reason.values()) {
            if (r.name().equals(chosen)) {
                return r;
            }
        }
        return Reason.NONE;
    }

    static Optional<Record> read(Path f) {
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
            if (!"software".equals(p.getProperty("pipeline")) || p.getProperty("build") == null) {
                return Optional.empty();
            }
            return Optional.of(new Record(p.getProperty("build"), Instant.parse(p.getProperty("probed", ""))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable {}: {}", f, e.toString());
            return Optional.empty();
        }
    }
}
