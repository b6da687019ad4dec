package io.linnet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option checking of {@code linnet relay}: nonsense exits 2 with one line, before any key is made. */
class RelayCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String err) {}

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = CommandLines.create();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(cl.execute(args), err.toString());
    }

    private void assertRefused(String expectedPart, String... args) throws IOException {
        Run r = run(args);
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(expectedPart), r.err());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().startsWith("relay")).count(),
                    "no identity was created");
        }
    }

    @Test
    void badOptionsExitTwoWithOneLineAndCreateNothing() throws IOException {
        String d = dir.toString();
        assertRefused("--listen", "relay", "--data-dir", d, "--listen", "nonsense");
        assertRefused("--listen", "relay", "--data-dir", d, "--listen", "127.0.0.1:99999");
        assertRefused("--profile", "relay", "--data-dir", d, "--profile", "testnet");
        assertRefused("--public-host", "relay", "--data-dir", d, "--listen", "0.0.0.0:10235");
        assertRefused("--max-clients", "relay", "--data-dir", d, "--max-clients", "0");
        assertRefused("roster", "relay", "--data-dir", d, "--roster", dir.resolve("missing.txt").toString());
        Path roster = Files.writeString(dir.resolve("roster.txt"), "127.0.0.1:1\nnot-a-host-port\n");
        assertRefused("line 2", "relay", "--data-dir", d, "--roster", roster.toString());
    }

    @Test
    void relayIsASubcommandWithHelp() {
        StringWriter out = new StringWriter();
        CommandLine cl = CommandLines.create();
        cl.setOut(new PrintWriter(out, true));
        assertEquals(0, cl.execute("relay", "--help"));
        assertTrue(out.toString().contains("--roster"), out.toString());
        assertTrue(out.toString().contains("--stats"), out.toString());
    }
}
