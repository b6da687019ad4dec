package io.linnet.app;

/**
 * The entry point of the installers' {@code linnet-relay} launcher: {@code linnet-relay ARGS} is
 * {@code Linnet relay ARGS}, run with the JVM's server defaults rather than the desktop's small-heap
 * options (see {@code packaging/relay-launcher.properties}).
 */
public final class RelayLauncher {
    private RelayLauncher() {}

    /** {@code args} with {@code relay} in front. */
    static String[] relayArgs(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = "relay";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    public static void main(String[] args) {
        Launcher.main(relayArgs(args));
    }
}
