package io.linnet.bench;

import io.linnet.chat.bench.EngineBenchmark;
import io.linnet.chat.bench.FileBenchmark;
import io.linnet.chat.engine.GroupBenchmark;
import io.linnet.store.bench.StoreBenchmark;
import io.linnet.ui.bench.ConversationBenchmark;
import io.linnet.ui.bench.IdleBenchmark;
import io.linnet.ui.bench.StartupBenchmark;

/**
 * What the {@code bench} Maven profile runs: {@code -Dbench=store} (the default), {@code -Dbench=engine} or
 * {@code -Dbench=files}, {@code -Dbench=groups}, {@code -Dbench=ui} (start-up, then the conversation), {@code -Dbench=startup} (start-up alone),
 * {@code -Dbench=conversation} (the conversation alone) or {@code -Dbench=idle} (idle memory with an identity open). Arguments: the benchmark's name, the store's message count,
 * the engine's message count, the output directory, the file benchmark's MiB.
 */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "store";
        String dir = args.length > 3 ? args[3] : "target/bench";
        String[] store = {args.length > 1 ? args[1] : "1000000", dir};
        String[] engine = {args.length > 2 ? args[2] : "1000", dir};
        switch (which) {
            case "store" -> StoreBenchmark.main(store);
            case "engine" -> EngineBenchmark.main(engine);
            case "files" -> FileBenchmark.main(new String[] {args.length > 4 ? args[4] : "50", dir});
            case "groups" -> GroupBenchmark.main(new String[] {dir});
            case "startup" -> StartupBenchmark.main(new String[] {System.getProperty("bench.ui.runs", "10"), "target/linnet.jar",
                "target/test-classes", dir});
            case "idle" -> IdleBenchmark.main(new String[] {System.getProperty("bench.ui.idleRuns", "3"), "target/linnet.jar",
                "target/test-classes", dir});
            case "ui" -> {
                // each in child JVMs with the desktop app's JVM options
                StartupBenchmark.main(new String[] {System.getProperty("bench.ui.runs", "10"), "target/linnet.jar",
                    "target/test-classes", dir});
                ConversationBenchmark.inChild(System.getProperty("bench.ui.messages", "100000"), dir);
            }
            case "conversation" -> ConversationBenchmark.inChild(System.getProperty("bench.ui.messages", "100000"), dir);
            // the relay benchmark runs in its own execution (pom.xml, profile bench-select-*)
            case "all" -> {
                StoreBenchmark.main(store);
                GroupBenchmark.main(new String[] {dir});
                EngineBenchmark.main(engine); // last: it ends the JVM
            }
            default -> throw new IllegalArgumentException("unknown benchmark '" + which + "' (store, engine, files, groups, ui, startup, conversation, idle, relay, all)");
        }
    }
}
