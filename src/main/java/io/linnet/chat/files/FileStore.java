package io.linnet.chat.files;

import io.linnet.chat.store.FileTransfer;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.spixi.TransferUid;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The files behind transfers: the copy of each file we offer ({@code <staging>/<uid>}) and the hidden part
 * file of each file we receive ({@code <downloads>/.linnet-<id>-<uid>.part}), renamed into the downloads
 * folder only when whole and checked. Every write goes to one of these two folders. Stateless apart from
 * the two folders; safe on any thread.
 */
final class FileStore {
    private final Path downloads;
    private final Path staging;

    FileStore(Path downloads, Path staging) {
        this.downloads = downloads;
        this.staging = staging;
    }

    Path downloads() {
        return downloads;
    }

    /** What staging a file produced. */
    record Staged(long size, Bytes sha256) {}

    /** Copies {@code source} into the staging folder as {@code uid}, hashing it on the way. */
    Staged stage(Path source, TransferUid uid, long maxBytes) throws IOException {
        Files.createDirectories(staging);
        Path tmp = staging.resolve(uid.hex() + ".tmp");
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha);
                OutputStream out = Files.newOutputStream(tmp)) {
            size = copyAtMost(in, out, maxBytes);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        if (size > maxBytes) {
            Files.deleteIfExists(tmp);
            throw new IOException("the file grew beyond " + maxBytes + " bytes while it was copied");
        }
        Files.move(tmp, staged(uid), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Staged(size, Bytes.of(sha.digest()));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    Path staged(TransferUid uid) {
        return staging.resolve(uid.hex());
    }

    /** Packet {@code n} of a file we offer. */
    Bytes readPacket(FileTransfer t, long n) throws IOException {
        long offset = n * t.packetSize();
        int len = (int) Math.min(t.packetSize(), t.size() - offset);
        ByteBuffer buf = ByteBuffer.allocate(len);
        try (FileChannel ch = FileChannel.open(staged(t.uid()), StandardOpenOption.READ)) {
            while (buf.hasRemaining()) {
                if (ch.read(buf, offset + buf.position()) < 0) {
                    throw new IOException("the staged copy of " + t.uid() + " is shorter than " + t.size() + " bytes");
                }
            }
        }
        return Bytes.of(buf.array());
    }

    void dropStaged(TransferUid uid) {
        deleteQuietly(staged(uid));
    }

    Path part(FileTransfer t) {
        return downloads.resolve(".linnet-" + t.id() + "-" + t.uid().hex() + ".part");
    }

    /** Creates (or empties) the part file of an incoming transfer. */
    void startPart(FileTransfer t) throws IOException {
        Files.createDirectories(downloads);
        try (FileChannel ch = FileChannel.open(part(t), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.force(true);
        }
    }

    /** Whether the part file holds at least the packets before {@code next}. */
    boolean partHolds(FileTransfer t, long next) {
        try {
            return Files.size(part(t)) >= Math.min(t.size(), next * t.packetSize());
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes packet {@code n} and forces it to disk before the caller records it. */
    void writePacket(FileTransfer t, long n, Bytes data) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(data.toByteArray());
        try (FileChannel ch = FileChannel.open(part(t), StandardOpenOption.WRITE)) {
            long at = n * t.packetSize();
            while (buf.hasRemaining()) {
                ch.write(buf, at + buf.position());
            }
            ch.force(false);
        }
    }

    /** The SHA-256 and length of the part file. */
    Staged hashPart(FileTransfer t) throws IOException {
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(part(t)), sha)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Staged(size, Bytes.of(sha.digest()));
    }

    /** Renames the finished part file into the downloads folder under a free safe name. */
    Path publish(FileTransfer t) throws IOException {
        return SafeFileNames.moveIntoUnique(part(t), downloads, SafeFileNames.sanitize(t.name()));
    }

    void dropPart(FileTransfer t) {
        deleteQuietly(part(t));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(FileStore.class).warn("could not delete {}: {}", p, e.getMessage());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
