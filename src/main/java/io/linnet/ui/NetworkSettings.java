package io.linnet.ui;

import java.util.List;
import java.util.Objects;

/**
 * How a profile reaches the network.
 *
 * @param profile the network profile's name ({@code local}: Linnet relays, lock {@code IxiReg})
 * @param relays extra relays to start from, as {@code host:port}, besides the one on this computer
 * @param hostRelay whether the app runs a relay itself when none answers on this computer (port 10235),
 *     so other Linnet instances here can use it
 */
public record NetworkSettings(String profile, List<String> relays, boolean hostRelay) {
    public NetworkSettings {
        Objects.requireNonNull(profile, "profile");
        relays = List.copyOf(relays);
    }

    /** A relay entry is {@code host:port} with a port 1..65535 and a non-empty host. */
    public static boolean validRelay(String hostPort) {
        if (hostPort == null) {
            return false;
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1 || hostPort.isBlank() || hostPort.contains(" ")) {
            return false;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            return port >= 1 && port <= 0xFFFF;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
