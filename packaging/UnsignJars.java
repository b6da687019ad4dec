import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Build step (run by the pom with {@code java packaging/UnsignJars.java DIR...}): rewrites every signed jar
 * in the given directories without its signature files and without the manifest's per-entry sections,
 * keeping the main section (so {@code Multi-Release} and the bundle's name and version stay). Jars that
 * are not signed are left alone, so running it twice changes nothing.
 *
 * <p>Why: the app uses Bouncy Castle (the only signed jar) through its own API, never as a JCE provider,
 * so the signature buys nothing; but on a signed jar the JVM reads and verifies its 0.8 MB manifest and
 * 0.8 MB signature file when the first class loads from it and keeps the parsed manifest with its 5 877
 * digest sections, about 11 MB of the desktop app's resident memory (docs/performance.md).
 */
public final class UnsignJars {
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)|META-INF/SIG-[^/]+",
            Pattern.CASE_INSENSITIVE);

    private UnsignJars() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java UnsignJars.java DIR...");
            System.exit(2);
        }
        for (String dir : args) {
            List<Path> jars;
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                jars = s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            for (Path jar : jars) {
                if (signed(jar)) {
                    unsign(jar);
                    System.out.println("UnsignJars: " + jar + " rewritten without its signature");
                }
            }
        }
    }

    static boolean signed(Path jar) throws IOException {
        try (JarFile f = new JarFile(jar.toFile(), false)) {
            return f.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    /** Writes the unsigned copy beside the jar, then moves it over the original. */
    static void unsign(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsigned.tmp");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            Manifest main = new Manifest();
            Manifest old = in.getManifest();
            if (old != null) {
                main.getMainAttributes().putAll(old.getMainAttributes());
            }
            main.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream file = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(file, main)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String name = e.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || SIGNATURE.matcher(name).matches()) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
