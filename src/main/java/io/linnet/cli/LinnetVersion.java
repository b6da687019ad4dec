package io.linnet.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest ({@code Implementation-Version}), "dev" when run from classes. */
public final class LinnetVersion implements IVersionProvider {
    public static String version() {
        String v = LinnetVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Linnet " + version()};
    }
}
