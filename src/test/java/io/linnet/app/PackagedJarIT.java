package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar is the single entry point: its manifest finds every library in target/lib. */
class PackagedJarIT {
    record Result(int exit, String out, String err) {}

    static Result run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("linnet.jar", "target/linnet.jar"));
        assertTrue(Files.isRegularFile(jar), "built jar at " + jar);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jar finished");
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void toolAnswersFromThePackagedJar() throws Exception {
        Result r = run("tool", "address", "3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"sectorPrefix\":\"746013a163f8c592ebf1\""), r.out());
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        Result r = run("tool", "decode", "stream-message", "zz");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void versionFromManifest() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Linnet 0.1.0"), r.out());
    }
}
