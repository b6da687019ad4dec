package io.linnet.ui.common;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs {@value #LINE} once the first pulse after the window was shown has run (the window is on screen and
 * takes input), with the JVM's uptime. The start-up benchmark waits for this line.
 */
public final class ReadySignal {
    /** The start of the logged line. */
    public static final String LINE = "window ready";
    private static final Logger LOG = LoggerFactory.getLogger(ReadySignal.class);

    private ReadySignal() {}

    /** Call on the JavaFX thread right after showing the first window. */
    public static void afterFirstPulse() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                LOG.info(LINE + " {} ms after the JVM started", ManagementFactory.getRuntimeMXBean().getUptime());
            }
        }.start();
    }
}
