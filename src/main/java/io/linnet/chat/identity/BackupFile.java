package io.linnet.chat.identity;

import io.linnet.chat.identity.InvalidBackupException.Reason;
import io.linnet.chat.store.Contact;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.PasswordCrypto;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The backup file: the wallet file exactly as stored (so Ixian tools can still open the wallet inside) and
 * a {@link ProfileSnapshot} AES-GCM encrypted under the same password.
 *
 * <pre>
 * "LNBACKUP" ‖ u8 format ‖ [format 2: u8 flags, bit 0 = history included]
 *   ‖ int32 len ‖ wallet file ‖ int32 len ‖ PasswordCrypto(GCM, contents)
 * format 1 contents: the contact list
 * format 2 contents: string nickname, ixiBytes avatar, contact list, varint n groups
 *   (address, randomId, owner, name, hideParticipants, ownRole, lastCreateGroupTimestamp, muted, avatar,
 *   createdAt, members, channels), bool history, varint n messages (key, channel, direction, author, state,
 *   sentAt, receivedAt, editedAt, deletedAt, replyTo, body, reactions)
 * contact: ixiBytes address, ixiBytes publicKey, string nickname, string localNickname, ixiBytes avatar,
 *   varint state, varint handshakeStatus, ixiBytes aesKey, ixiBytes chachaKey, int64 keysAt (ms, -1 none),
 *   varint capabilities, varint protocolVersion, int64 addedAt (ms)
 * </pre>
 *
 * The field-level layout is {@link SnapshotCodec}'s. Format 1 files (contacts only) are still read. The
 * password is checked against the wallet first, so a wrong password is told apart from a damaged file:
 * once the wallet opens, a contents part that fails authentication is damage. Handshake secrets of
 * half-finished handshakes are not kept (the handshake restarts). Stateless.
 */
public final class BackupFile {
    private static final byte[] MAGIC = "LNBACKUP".getBytes(StandardCharsets.US_ASCII);
    /** The format {@link #write(byte[], ProfileSnapshot, String)} produces. */
    public static final int FORMAT = 2;
    private static final int FLAG_HISTORY = 1;
    private static final int MAX_PART = 1024 * 1024 * 1024;

    /** What a backup holds. */
    public record Contents(Wallet wallet, byte[] walletFile, ProfileSnapshot snapshot) {
        public Contents {
            walletFile = walletFile.clone();
        }

        /** The contacts, with their pair keys. */
        public List<Contact> contacts() {
            return snapshot.contacts();
        }
    }

    private BackupFile() {}

    /** A format-2 backup of {@code walletFile} (as stored) and {@code contacts} alone, under {@code password}. */
    public static byte[] write(byte[] walletFile, List<Contact> contacts, String password) {
        return write(walletFile, ProfileSnapshot.ofContacts(contacts), password);
    }

    /** A format-2 backup of {@code walletFile} (as stored) and {@code snapshot}, under {@code password}. */
    public static byte[] write(byte[] walletFile, ProfileSnapshot snapshot, String password) {
        IxiWriter w = new IxiWriter();
        w.raw(MAGIC).u8(FORMAT).u8(snapshot.history() ? FLAG_HISTORY : 0).int32Bytes(walletFile);
        w.int32Bytes(PasswordCrypto.encrypt(SnapshotCodec.write(snapshot), password, AesMode.GCM));
        return w.toByteArray();
    }

    /**
     * Reads a backup of format 1 or 2.
     *
     * @throws WrongPasswordException the password does not open the wallet inside
     * @throws InvalidBackupException the file is not a Linnet backup, is from a newer format, or is damaged
     */
    public static Contents read(byte[] file, String password) throws WrongPasswordException, InvalidBackupException {
        if (file.length < MAGIC.length + 1 || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            throw new InvalidBackupException(Reason.NOT_A_BACKUP, "not a Linnet backup file", null);
        }
        int format = file[MAGIC.length] & 0xFF;
        if (format != 1 && format != FORMAT) {
            throw new InvalidBackupException(Reason.UNSUPPORTED_FORMAT,
                    "backup format " + format + " is newer than this version of Linnet reads", null);
        }
        try {
            IxiReader r = new IxiReader(file, MAGIC.length + 1, file.length - MAGIC.length - 1);
            if (format == FORMAT) {
                r.u8("flags");
            }
            byte[] walletFile = r.int32Bytes(MAX_PART, "wallet");
            Wallet wallet = WalletCodec.read(walletFile, password);
            byte[] sealed = r.int32Bytes(MAX_PART, "contents");
            r.expectEnd("backup");
            byte[] plain = PasswordCrypto.decrypt(sealed, password, AesMode.GCM);
            ProfileSnapshot snapshot = format == 1 ? SnapshotCodec.readContactsOnly(plain) : SnapshotCodec.read(plain);
            return new Contents(wallet, walletFile, snapshot);
        } catch (ProtocolException | DecryptionException | RuntimeException e) {
            throw new InvalidBackupException(Reason.DAMAGED, "the backup file is damaged: " + e.getMessage(), e);
        }
    }
}
