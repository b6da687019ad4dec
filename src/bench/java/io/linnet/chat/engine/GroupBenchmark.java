package io.linnet.chat.engine;

import io.linnet.chat.core.Envelopes;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.store.Group;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.crypto.EncryptionCode;
import io.linnet.ixian.crypto.PairKeys;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.spixi.SpixiMessageCode;
import io.linnet.ixian.stream.StreamMessage;
import io.linnet.ixian.stream.StreamMessageCode;
import io.linnet.ixian.stream.StreamMessageCrypto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group figures (docs/performance.md): the owner's relay throughput in a privacy group of 50 members next
 * to raw spixi2 encryption measured in the same run, and what one chat message costs on the wire for
 * N = 3, 11 and 50 in both modes next to Ixian's figure (spec §6.8). In-memory network and in-memory
 * databases; RSA-2048 identities. Not a test; prints and writes {@code groups-results.md}.
 */
public final class GroupBenchmark {
    private static final int RELAY_MEMBERS = 50;
    private static final int RELAY_MESSAGES = 400;
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        boolean relayOnly = args.length > 1 && args[1].equals("relay");
        new GroupBenchmark().run(dir, relayOnly); // every engine is closed again, so the JVM can end (or go on to the next benchmark)
    }

    private void run(Path dir, boolean relayOnly) throws Exception {
        List<UnlockedIdentity> ids = TestIdentities.identities(RELAY_MEMBERS + 1);
        line("# Group benchmark");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + "; in-memory network and databases; RSA-2048 identities.");
        line("");
        relayThroughput(ids);
        if (!relayOnly) {
            wireCost(ids);
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("groups-results.md"), report);
        System.out.println("written to " + dir.resolve("groups-results.md"));
    }

    /**
     * The owner's relay: {@value #RELAY_MESSAGES} member messages, already sealed, handed to the owner at
     * once; timed from the first message handed in to the last relayed copy sent. With the members offline
     * the copies are only sealed and sent and nothing else loads the machine; with them online they also
     * decrypt, store and acknowledge every copy on the same cores.
     */
    private void relayThroughput(List<UnlockedIdentity> ids) {
        line("## Owner relay, privacy group of " + RELAY_MEMBERS + " members");
        line("");
        line("| members | messages relayed | copies fanned out (" + (RELAY_MEMBERS - 1) + " per message) | raw spixi2 encryption "
                + "of one copy, one thread | relay / raw |");
        line("|---|---|---|---|---|");
        relayThroughput(ids, false);
        relayThroughput(ids, true);
        line("");
    }

    private void relayThroughput(List<UnlockedIdentity> ids, boolean membersOnline) {
        try (Crew crew = new Crew(ids, WireCensus.PATIENT).connect(false)) {
            Group g = crew.group("relay", true, List.of());
            WireCensus.drained(crew);
            List<StreamMessage> inbound = new ArrayList<>();
            for (int i = 0; i < RELAY_MESSAGES; i++) {
                Peer from = crew.get(1 + i % RELAY_MEMBERS);
                SpixiMessage chat = new SpixiMessage(SpixiMessageCode.CHAT.number(), Bytes.utf8("relayed message " + i), 0,
                        g.address(), null);
                inbound.add(Forge.spixi2(from, crew.owner(), chat, StreamMessage.randomId(), Forge.now()));
            }
            if (!membersOnline) {
                crew.members().forEach(m -> crew.net.setOnline(m.address(), false));
            }
            long expected = (long) RELAY_MESSAGES * (RELAY_MEMBERS - 1);
            AtomicLong copies = new AtomicLong();
            AtomicLong last = new AtomicLong();
            crew.net.tap = m -> {
                if (m.sender().equals(crew.owner().address()) && m.type() == StreamMessageCode.DATA) {
                    copies.incrementAndGet();
                    last.set(System.nanoTime());
                }
            };
            long start = System.nanoTime();
            inbound.forEach(crew.net::inject);
            Wait.until(Duration.ofMinutes(10), () -> copies.get() >= expected, () -> copies.get() + " of " + expected + " copies");
            double seconds = (last.get() - start) / 1e9;
            double perSecond = expected / seconds;
            if (membersOnline) {
                WireCensus.drained(crew); // measure the raw figure on a quiet machine
            }
            double raw = rawSpixi2PerSecond(crew);
            line(String.format(Locale.ROOT, "| %s | %d in %.2f s: %.0f /s | %d: **%.0f /s** | %.0f /s | %.0f %% |",
                    membersOnline ? "online (they decrypt, store and acknowledge on the same cores)" : "offline (sealed and sent only)",
                    RELAY_MESSAGES, seconds, RELAY_MESSAGES / seconds, expected, perSecond, raw, 100 * perSecond / raw));
        }
    }

    /** StreamMessageCrypto.encrypt of a relay-sized copy, on one thread, for two seconds after a warm-up. */
    private static double rawSpixi2PerSecond(Crew crew) {
        PairKeys keys = Envelopes.pairKeys(crew.owner().contact(crew.get(1)).orElseThrow()).orElseThrow();
        SpixiMessage body = new SpixiMessage(SpixiMessageCode.CHAT.number(), Bytes.utf8("relayed message 123"), 0,
                crew.get(1).address(), crew.get(2).address());
        StreamMessage plain = StreamMessage.builder(1, InstantSource.system()).id(StreamMessage.randomId())
                .type(StreamMessageCode.DATA).encryptionType(EncryptionCode.SPIXI2).sender(crew.owner().address())
                .recipient(crew.get(1).address()).data(Bytes.of(body.encode())).build();
        for (int i = 0; i < 20_000; i++) {
            StreamMessageCrypto.encrypt(plain, keys);
        }
        long n = 0;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < end) {
            StreamMessageCrypto.encrypt(plain, keys);
            n++;
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /** WireCensus for N = 3, 11, 50: standard mode with everyone a contact of everyone, and privacy mode. */
    private void wireCost(List<UnlockedIdentity> ids) {
        line("## Wire messages per chat message");
        line("");
        line("One message, delivered to and read by every member, until every outbox is empty; each StreamMessage "
                + "counted once (sends, with the outbox's repeats, in brackets).");
        line("");
        line("| N | standard (everyone knows everyone) | privacy | Ixian/Spixi (N−1) + 2(N−1)² + (N−1)³ |");
        line("|---|---|---|---|");
        for (int n : new int[] {3, 11, 50}) {
            WireCensus.Count standard = census(ids.subList(0, n), false);
            WireCensus.Count privacy = census(ids.subList(0, n), true);
            line(String.format(Locale.ROOT, "| %d | %d (%d) | %d (%d) | %d |", n, standard.messages(), standard.sends(),
                    privacy.messages(), privacy.sends(), WireCensus.spixi(n)));
        }
        line("");
    }

    private static WireCensus.Count census(List<UnlockedIdentity> ids, boolean hide) {
        try (Crew crew = new Crew(ids, WireCensus.PATIENT).connect(!hide)) {
            Group g = crew.group("census", hide, List.of());
            return WireCensus.oneMessage(crew, g, crew.get(1));
        }
    }

    private void line(String s) {
        System.out.println(s);
        report.append(s).append('\n');
    }
}
