package io.linnet.s2.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.s2.net.NodeIdentity;
import io.linnet.s2.presence.NodeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayIdentityStoreTest {
    @TempDir
    Path dir;

    @Test
    void createsOnceWithPrivateFilesAndLoadsTheSameIdentityAfterwards() throws Exception {
        Path relayDir = dir.resolve("relay");
        NodeIdentity first = RelayIdentityStore.loadOrCreate(relayDir, 2048);
        assertEquals(NodeType.RELAY, first.nodeType());
        Path wallet = relayDir.resolve(RelayIdentityStore.WALLET_FILE);
        Path password = relayDir.resolve(RelayIdentityStore.PASSWORD_FILE);
        assertTrue(Files.isRegularFile(wallet) && Files.isRegularFile(password));
        if (wallet.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wallet)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(password)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(relayDir)));
        }
        String secret = Files.readString(password).strip();
        assertTrue(secret.length() >= WalletCodec.MIN_PASSWORD_LENGTH);
        assertEquals(5, WalletCodec.read(Files.readAllBytes(wallet), secret).version());
        NodeIdentity again = RelayIdentityStore.loadOrCreate(relayDir, 2048);
        assertEquals(first.address(), again.address());
        try (var files = Files.list(relayDir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void refusesAWrongPasswordOrAPasswordWithoutWallet() throws Exception {
        RelayIdentityStore.loadOrCreate(dir, 2048);
        Files.writeString(dir.resolve(RelayIdentityStore.PASSWORD_FILE), "not-the-password-at-all\n");
        IOException e = assertThrows(IOException.class, () -> RelayIdentityStore.loadOrCreate(dir, 2048));
        assertTrue(e.getMessage().contains("does not open"), e.getMessage());
        Files.delete(dir.resolve(RelayIdentityStore.WALLET_FILE));
        assertThrows(IOException.class, () -> RelayIdentityStore.loadOrCreate(dir, 2048));
    }
}
