package io.linnet.ui;

import java.util.List;
import java.util.Objects;

/**
 * How the open profile is connected.
 *
 * @param profile the network profile's name
 * @param localRelay "host:port" of the relay on this computer the profile starts from, {@code ""} if none
 * @param relayInThisApp whether that relay runs inside this app (so it stops when Linnet quits)
 * @param connectedRelays "host:port" of every relay the client is connected to
 * @param online whether the client has published its presence through a relay
 */
public record NetworkStatus(String profile, String localRelay, boolean relayInThisApp, List<String> connectedRelays,
        boolean online) {
    public NetworkStatus {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(localRelay, "localRelay");
        connectedRelays = List.copyOf(connectedRelays);
    }
}
