package io.linnet.store;

/** Lets the benchmark run the store's own page queries through the sqlite3 CLI, word for word. */
public final class BenchAccess {
    private BenchAccess() {}

    /** The newest-page query: parameters conversation id, limit. */
    public static String newestPageSql() {
        return SqliteMessageStore.NEWEST;
    }

    /** The older-page query: parameters conversation id, sent_at, seq, limit. */
    public static String olderPageSql() {
        return SqliteMessageStore.OLDER;
    }
}
