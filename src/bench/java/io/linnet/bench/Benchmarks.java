package io.linnet.bench;

import io.linnet.chat.bench.EngineBenchmark;
import io.linnet.chat.engine.GroupBenchmark;
import io.linnet.store.bench.StoreBenchmark;

/**
 * What the {@code bench} Maven profile runs: {@code -Dbench=store} (the default), {@code -Dbench=engine} or
 * {@code -Dbench=groups}.
 * Arguments: the benchmark's name, the store's message count, the engine's message count, the output
 * directory.
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
            case "groups" -> GroupBenchmark.main(new String[] {dir});
            // the relay benchmark runs in its own execution (pom.xml, profile bench-select-*)
            case "all" -> {
                StoreBenchmark.main(store);
                GroupBenchmark.main(new String[] {dir});
                EngineBenchmark.main(engine); // last: it ends the JVM
            }
            default -> throw new IllegalArgumentException("unknown benchmark '" + which + "' (store, engine, groups, relay, all)");
        }
    }
}
