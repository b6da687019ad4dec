package io.linnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The libraries next to the packaged jar carry no jar signature and no per-entry manifest sections
 * ({@code packaging/UnsignJars.java}): a signed jar costs the desktop app about 11 MB of memory when its
 * first class loads. Bouncy Castle keeps the main section that matters (Multi-Release).
 */
class UnsignedLibrariesIT {
    private static List<Path> libraries() throws IOException {
        Path lib = Path.of(System.getProperty("linnet.jar", "target/linnet.jar")).toAbsolutePath().resolveSibling("lib");
        try (Stream<Path> s = Files.list(lib)) {
            return s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    @Test
    void noLibraryIsSignedOrCarriesDigestSections() throws IOException {
        List<Path> jars = libraries();
        assertTrue(jars.size() > 10, "libraries in target/lib: " + jars);
        for (Path jar : jars) {
            try (JarFile f = new JarFile(jar.toFile(), false)) {
                List<String> signatures = f.stream().map(e -> e.getName())
                        .filter(n -> n.matches("(?i)META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+")).toList();
                assertEquals(List.of(), signatures, jar + " is signed");
                Manifest m = f.getManifest();
                assertTrue(m == null || m.getEntries().isEmpty(), jar + " has per-entry manifest sections");
            }
        }
    }

    @Test
    void bouncyCastleKeepsItsMainManifestSection() throws IOException {
        Path bc = libraries().stream().filter(p -> p.getFileName().toString().startsWith("bcprov-")).findFirst().orElseThrow();
        try (JarFile f = new JarFile(bc.toFile(), false)) {
            Attributes main = f.getManifest().getMainAttributes();
            assertEquals("true", main.getValue("Multi-Release"));
            assertFalse(main.getValue("Bundle-Version").isBlank());
            assertTrue(f.getEntry("org/bouncycastle/crypto/digests/SHA3Digest.class") != null, "classes kept");
        }
    }
}
