package io.linnet.s2.relay.bench;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.crypto.Rsa;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * RSA-2048 wallet keys for the benchmark's S2 clients, kept in a file under {@code target/bench} so that
 * only the first run pays for generating a thousand of them. The keys are throw-away test identities.
 */
final class ClientKeys {
    private ClientKeys() {}

    /** At least {@code n} keys: those in {@code file}, topped up with new ones (and written back). */
    static List<RsaPrivateKey> load(Path file, int n, Consumer<String> progress) throws IOException, InterruptedException {
        List<RsaPrivateKey> keys = read(file);
        if (keys.size() >= n) {
            return keys.subList(0, n);
        }
        int missing = n - keys.size();
        progress.accept("generating " + missing + " RSA-2048 client keys (kept in " + file + " for later runs)");
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Future<RsaPrivateKey>> made = new ArrayList<>();
            for (int i = 0; i < missing; i++) {
                made.add(pool.submit(() -> Rsa.generate(2048, 1)));
            }
            for (Future<RsaPrivateKey> f : made) {
                keys.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("key generation failed", e.getCause());
        }
        write(file, keys);
        return keys;
    }

    private static List<RsaPrivateKey> read(Path file) throws IOException {
        List<RsaPrivateKey> keys = new ArrayList<>();
        if (!Files.exists(file)) {
            return keys;
        }
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                keys.add(RsaPrivateKey.fromIxianBytes(in.readNBytes(in.readInt())));
            }
        } catch (ProtocolException | IOException e) {
            keys.clear(); // regenerated and rewritten by the caller
        }
        return keys;
    }

    private static void write(Path file, List<RsaPrivateKey> keys) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
            out.writeInt(keys.size());
            for (RsaPrivateKey k : keys) {
                byte[] b = k.toIxianBytes();
                out.writeInt(b.length);
                out.write(b);
            }
        }
    }
}
