package io.linnet.store.schema;

import java.util.List;

/** The schema ladder of this build. Add a step here, and a test of it, for every schema change. */
public final class Migrations {
    private Migrations() {}

    /** Every step, in order, starting from an empty database (version 0). */
    public static List<Migration> all() {
        return List.of(new V1InitialSchema(), new V2FileTransfers());
    }

    /** The schema version this build writes. */
    public static int codeVersion() {
        return all().getLast().toVersion();
    }
}
