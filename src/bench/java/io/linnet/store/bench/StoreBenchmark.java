package io.linnet.store.bench;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.DatabaseKey;
import io.linnet.chat.store.Direction;
import io.linnet.chat.store.Durability;
import io.linnet.chat.store.MessageKey;
import io.linnet.chat.store.MessageState;
import io.linnet.chat.store.NewMessage;
import io.linnet.chat.store.PageCursor;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.store.BenchAccess;
import io.linnet.store.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills a database with N messages through the store's own API and measures what the UI and the engine
 * will feel: insert throughput, newest and older page latency, search latency, the chat list, single
 * transactions; then runs the same page queries through the sqlite3 shell as a baseline. Not a test:
 * run it with {@code ./mvnw -B -ntp -Pbench -DskipTests verify} (see docs/performance.md).
 */
public final class StoreBenchmark {
    static final int CONVERSATIONS = 200;
    static final int BATCH = 1000;
    static final int PAGE = 50;
    static final int RUNS = 2000;
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final long messages;
    private final Path dir;
    private final Path file;
    private final SplittableRandom random = new SplittableRandom(42);
    private final BenchText text = new BenchText(30_000, 7);
    private final Address[] conversations = new Address[CONVERSATIONS];
    private final StringBuilder report = new StringBuilder();
    private long clockMillis;
    private long nextId;

    private StoreBenchmark(long messages, Path dir) {
        this.messages = messages;
        this.dir = dir;
        this.file = dir.resolve("bench.db");
        for (int i = 0; i < CONVERSATIONS; i++) {
            conversations[i] = BenchIds.address(i);
        }
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench");
        new StoreBenchmark(n, dir).run();
    }

    private void run() throws Exception {
        Files.createDirectories(dir);
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(dir.resolve("bench.db" + suffix));
        }
        line("## Store benchmark: %,d messages", messages);
        line("");
        line("Machine: %s, %d cores; %s %s", BenchIds.cpu(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        DatabaseKey key = DatabaseKey.random();
        try (SqliteDatabase db = SqliteDatabase.open(file, key)) {
            fill(db);
            singleTransactions(db);
        }
        line("");
        line("Database file after the fill: %,d MB", Files.size(file) / 1_000_000);
        try (SqliteDatabase db = SqliteDatabase.open(file, key)) {
            queries(db);
        }
        Files.writeString(dir.resolve("store-results.md"), report);
        System.out.println("\nWritten to " + dir.resolve("store-results.md"));
    }

    private void fill(SqliteDatabase db) {
        db.useTransaction(tx -> {
            for (int i = 0; i < CONVERSATIONS; i++) {
                tx.contacts().save(Contact.of(conversations[i], ContactState.APPROVED, T0).withNickname("contact " + i));
            }
        });
        long start = System.nanoTime();
        long done = 0;
        long sqlNanos = 0;
        while (done < messages) {
            int size = (int) Math.min(BATCH, messages - done);
            List<NewMessage> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(nextMessage(done + i > messages - 500));
            }
            long t = System.nanoTime();
            db.useTransaction(tx -> batch.forEach(tx.messages()::insertIncomingIfNew));
            sqlNanos += System.nanoTime() - t;
            done += size;
            if (done % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d messages, %.0f s%n", done, (System.nanoTime() - start) / 1e9);
            }
        }
        line("");
        line("Fill: %,d messages in transactions of %,d through `MessageStore.insertIncomingIfNew` (body sealed, "
                + "search tokens indexed): **%,.0f messages/s** (%.1f s of store time, %.1f s wall)",
                messages, BATCH, messages / (sqlNanos / 1e9), sqlNanos / 1e9, (System.nanoTime() - start) / 1e9);
    }

    /** The next generated message: 20 % go to conversation 0, timestamps advance 0–2 s (ties included). */
    private NewMessage nextMessage(boolean recent) {
        int c = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(CONVERSATIONS - 1);
        clockMillis += random.nextInt(3) * 1000L;
        Instant at = T0.plusMillis(clockMillis);
        MessageKey key = new MessageKey(conversations[c], BenchIds.id(nextId++));
        boolean outgoing = random.nextInt(4) == 0;
        MessageState state = outgoing ? MessageState.DELIVERED : recent ? MessageState.RECEIVED : MessageState.READ;
        return new NewMessage(key, 0, outgoing ? Direction.OUTGOING : Direction.INCOMING, null, state, at, at,
                Bytes.EMPTY, text.message());
    }

    private void singleTransactions(SqliteDatabase db) {
        Latencies normal = new Latencies("receive: 1 message per transaction (synchronous=NORMAL)");
        for (int i = 0; i < RUNS; i++) {
            NewMessage m = nextMessage(true);
            normal.time(() -> db.inTransaction(tx -> tx.messages().insertIncomingIfNew(m)));
        }
        Latencies full = new Latencies("send: message + outbox entry, Durability.FULL (fsync)");
        for (int i = 0; i < RUNS / 10; i++) {
            clockMillis += 1000;
            MessageKey key = new MessageKey(conversations[i % CONVERSATIONS], BenchIds.id(nextId++));
            Instant at = T0.plusMillis(clockMillis);
            full.time(() -> db.inTransaction(Durability.FULL, tx -> {
                tx.messages().insertOutgoing(NewMessage.outgoing(key, text.message(), at));
                return tx.outbox().enqueue(key.conversation(), key.messageId(), key, Bytes.of(new byte[600]), at);
            }));
        }
        line("");
        line("| single transactions | runs | p50 ms | p99 ms | mean ms |");
        line("|---|---|---|---|---|");
        line(normal.row());
        line(full.row());
    }

    private void queries(SqliteDatabase db) throws Exception {
        long bigId = conversationId(conversations[0]);
        List<PageCursor> cursors = sampleCursors(bigId);
        Latencies newestAny = new Latencies("newest page (50), random conversation");
        Latencies newestBig = new Latencies("newest page (50), largest conversation");
        Latencies older = new Latencies("older page (50) at a random depth, largest conversation");
        List<long[]> newestParams = new ArrayList<>();
        List<long[]> olderParams = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            int c = random.nextInt(CONVERSATIONS);
            newestParams.add(new long[] {conversationId(conversations[c]), PAGE});
            newestAny.time(() -> db.read(tx -> tx.messages().newestPage(conversations[c], PAGE)));
            newestBig.time(() -> db.read(tx -> tx.messages().newestPage(conversations[0], PAGE)));
            PageCursor cursor = cursors.get(i % cursors.size());
            olderParams.add(new long[] {bigId, cursor.sentAt().toEpochMilli(), cursor.seq(), PAGE});
            List<?> page = older.time(() -> db.read(tx -> tx.messages().olderPage(conversations[0], cursor, PAGE)));
            if (page.size() != PAGE && cursor.seq() > PAGE * 10L) {
                throw new IllegalStateException("short page at " + cursor);
            }
        }
        Latencies summaries = new Latencies("chat list (" + CONVERSATIONS + " conversations, last message + unread)");
        for (int i = 0; i < 100; i++) {
            summaries.time(() -> db.read(tx -> tx.conversations().summaries()));
        }
        line("");
        line("| query through the store (JDBC, decrypting bodies) | runs | p50 ms | p99 ms | mean ms |");
        line("|---|---|---|---|---|");
        line(newestAny.row());
        line(newestBig.row());
        line(older.row());
        line(summaries.row());
        search(db);
        cliBaseline(newestParams, olderParams);
    }

    private void search(SqliteDatabase db) {
        line("");
        line("| search (FTS5 over blind tokens, 50 newest hits, snippets) | runs | p50 ms | p99 ms | mean ms | hits |");
        line("|---|---|---|---|---|---|");
        String[][] queries = {
            {"very common word", text.word(0)}, {"common word", text.word(20)}, {"mid-frequency word", text.word(500)},
            {"rare word", text.word(20_000)}, {"two words", text.word(3) + " " + text.word(60)},
            {"no match", "zzzzzz"},
        };
        for (String[] q : queries) {
            Latencies l = new Latencies(q[0] + " `" + q[1] + "`");
            int hits = 0;
            for (int i = 0; i < 200; i++) {
                hits = l.time(() -> db.read(tx -> tx.search().search(q[1], PAGE))).size();
            }
            line(l.row().replaceAll(" \\|$", " | " + hits + " |"));
        }
        Latencies scoped = new Latencies("common word within the largest conversation");
        int hits = 0;
        for (int i = 0; i < 200; i++) {
            hits = scoped.time(() -> db.read(tx -> tx.search().search(conversations[0], text.word(20), PAGE))).size();
        }
        line(scoped.row().replaceAll(" \\|$", " | " + hits + " |"));
    }

    private void cliBaseline(List<long[]> newest, List<long[]> older) throws Exception {
        line("");
        var version = SqliteCliBaseline.version();
        if (version.isEmpty()) {
            line("sqlite3 CLI baseline skipped: no `sqlite3` on the PATH (`apt-get install -y sqlite3`).");
            return;
        }
        line("Baseline: the same SQL through the sqlite3 shell %s (results to /dev/null, no decryption); the "
                + "shell's timer resolves 1 ms, so the mean comes from wall time of %d queries minus an empty run.",
                version.get().split(" ")[0], newest.size());
        line("");
        line("| same query, sqlite3 shell | runs | p50 ms (1 ms resolution) | p99 ms | mean ms |");
        line("|---|---|---|---|---|");
        for (var q : List.of(new Object[] {"newest page (50), random conversation", BenchAccess.newestPageSql(), newest},
                new Object[] {"older page (50), largest conversation", BenchAccess.olderPageSql(), older})) {
            @SuppressWarnings("unchecked")
            List<long[]> params = (List<long[]>) q[2];
            SqliteCliBaseline.Result r = SqliteCliBaseline.run((String) q[0], file, dir, (String) q[1], params);
            line(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |", q[0], r.timer().count(),
                    r.timer().percentileMillis(50), r.timer().percentileMillis(99), r.meanMillis()));
        }
    }

    private List<PageCursor> sampleCursors(long conversationId) throws Exception {
        List<PageCursor> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement(
                        "SELECT sent_at, seq FROM messages WHERE conversation_id = ? ORDER BY random() LIMIT ?")) {
            ps.setLong(1, conversationId);
            ps.setInt(2, RUNS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PageCursor(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2)));
                }
            }
        }
        return out;
    }

    private final java.util.Map<Address, Long> ids = new java.util.HashMap<>();

    private long conversationId(Address a) throws Exception {
        Long known = ids.get(a);
        if (known != null) {
            return known;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement ps = c.prepareStatement("SELECT id FROM conversations WHERE address = ?")) {
            ps.setBytes(1, a.noChecksum());
            try (ResultSet rs = ps.executeQuery()) {
                long id = rs.next() ? rs.getLong(1) : -1;
                ids.put(a, id);
                return id;
            }
        }
    }

    private void line(String format, Object... args) {
        String s = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
        report.append(s).append('\n');
        System.out.println(s);
    }
}
