package io.linnet.chat.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.linnet.chat.identity.BackupFile;
import io.linnet.chat.identity.DataDirectory;
import io.linnet.chat.identity.UnlockedIdentity;
import io.linnet.chat.identity.WalletVault;
import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wallet file, password rules, password change, backup and restore, data directories. */
class IdentityTest {
    static final String PW = "correct horse battery";
    static final Wallet WALLET = TestIdentities.wallet();

    @TempDir
    Path dir;

    @Test
    void createUnlockAndRefuseWrongPasswordWithoutTouchingTheFile() throws Exception {
        WalletVault vault = WalletVault.in(dir);
        UnlockedIdentity created = vault.create(WALLET, PW);
        byte[] before = Files.readAllBytes(vault.file());
        assertEquals(created.address(), vault.unlock(PW).address());
        assertEquals(created.address(), UnlockedIdentity.of(WalletCodec.read(before, PW)).address());
        assertThrows(WrongPasswordException.class, () -> vault.unlock("not the password"));
        assertThrows(WrongPasswordException.class, () -> vault.changePassword("not the password", "another password"));
        assertArrayEquals(before, Files.readAllBytes(vault.file()));
        assertThrows(IllegalStateException.class, () -> vault.create(WALLET, PW));
        assertThrows(IllegalArgumentException.class, () -> WalletVault.in(dir.resolve("x")).create(WALLET, "short"));
    }

    @Test
    void changePasswordReencryptsTheSameKey() throws Exception {
        WalletVault vault = WalletVault.in(dir);
        UnlockedIdentity id = vault.create(WALLET, PW);
        vault.changePassword(PW, "a new password here");
        assertEquals(id.address(), vault.unlock("a new password here").address());
        assertThrows(WrongPasswordException.class, () -> vault.unlock(PW));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(vault.file()), files.toList());
        }
    }

    @Test
    void backupRoundTripsWalletAndContactsAndNeedsThePassword() throws Exception {
        WalletVault vault = WalletVault.in(dir);
        UnlockedIdentity id = vault.create(WALLET, PW);
        Contact c = Contact.of(TestIdentities.identity().address(), ContactState.APPROVED, Instant.ofEpochMilli(1_700_000_000_000L))
                .withNickname("Bob").withLocalNickname("Bobby").withHandshakeStatus(HandshakeStatus.ESTABLISHED)
                .withKeys(new ContactKeys(Bytes.of(new byte[32]), Bytes.of(new byte[32]), Instant.ofEpochMilli(5)));
        byte[] backup = BackupFile.write(vault.rawFile(), List.of(c), PW);
        assertThrows(WrongPasswordException.class, () -> BackupFile.read(backup, "wrong password!"));
        BackupFile.Contents restored = BackupFile.read(backup, PW);
        assertEquals(BackupFile.FORMAT, backup[8]);
        assertEquals(List.of(c), restored.contacts());
        WalletVault other = WalletVault.in(dir.resolve("restored"));
        assertEquals(id.address(), other.create(restored.wallet(), PW).address());
    }

    @Test
    void dataDirectoriesFollowThePlatformAndTheOverride() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/x/linnet/work"), DataDirectory.resolve(Optional.empty(), "work", "Linux",
                Map.of("XDG_DATA_HOME", "/x"), home));
        assertEquals(Path.of("/home/u/.local/share/linnet/default"), DataDirectory.resolve(Optional.empty(), "default",
                "Linux", Map.of(), home));
        assertEquals(home.resolve("Library/Application Support/Linnet/p"), DataDirectory.resolve(Optional.empty(), "p",
                "Mac OS X", Map.of(), home));
        assertEquals(Path.of("/data/a"), DataDirectory.resolve(Optional.of(Path.of("/data/a")), "ignored", "Linux", Map.of(), home));
        assertThrows(IllegalArgumentException.class, () -> DataDirectory.resolve(Optional.empty(), "../etc", "Linux", Map.of(), home));
    }
}
