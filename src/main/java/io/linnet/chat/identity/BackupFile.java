package io.linnet.chat.identity;

import io.linnet.chat.store.Contact;
import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.ContactState;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.HandshakeStatus;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.ixian.crypto.AesMode;
import io.linnet.ixian.crypto.DecryptionException;
import io.linnet.ixian.crypto.PasswordCrypto;
import io.linnet.ixian.spixi.StreamCapabilities;
import io.linnet.ixian.wallet.Wallet;
import io.linnet.ixian.wallet.WalletCodec;
import io.linnet.ixian.wallet.WrongPasswordException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The backup file: the wallet file exactly as stored (so Ixian tools can still open the wallet inside) and
 * the contacts with their pair keys, AES-GCM encrypted under the same password.
 *
 * <pre>
 * "LNBACKUP" ‖ u8 format (1) ‖ int32 len ‖ wallet file ‖ int32 len ‖ PasswordCrypto(GCM, contact list)
 * contact list: varint n, then per contact: ixiBytes address, ixiBytes publicKey, string nickname,
 *   string localNickname, ixiBytes avatar, varint state, varint handshakeStatus, ixiBytes aesKey,
 *   ixiBytes chachaKey, int64 keysAt (ms, -1 none), varint capabilities, varint protocolVersion,
 *   int64 addedAt (ms)
 * </pre>
 *
 * Handshake secrets of half-finished handshakes are not kept (the handshake restarts). Stateless.
 */
public final class BackupFile {
    private static final byte[] MAGIC = "LNBACKUP".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int MAX_PART = 64 * 1024 * 1024;

    /** What a backup holds. */
    public record Contents(Wallet wallet, byte[] walletFile, List<Contact> contacts) {
        public Contents {
            walletFile = walletFile.clone();
            contacts = List.copyOf(contacts);
        }
    }

    private BackupFile() {}

    /** Writes a backup of {@code walletFile} (as stored) and {@code contacts}, encrypted under {@code password}. */
    public static byte[] write(byte[] walletFile, List<Contact> contacts, String password) {
        IxiWriter list = new IxiWriter();
        list.varUInt(contacts.size());
        for (Contact c : contacts) {
            list.ixiBytes(c.address().noChecksum());
            list.ixiBytes(c.publicKey().toByteArray());
            list.dotNetString(c.nickname());
            list.dotNetString(c.localNickname());
            list.ixiBytes(c.avatar().toByteArray());
            list.varUInt(c.state().code());
            list.varUInt(c.keys().present() ? c.handshakeStatus().code() : Math.min(c.handshakeStatus().code(), 1));
            list.ixiBytes(c.keys().aesKey().toByteArray());
            list.ixiBytes(c.keys().chachaKey().toByteArray());
            list.int64(c.keys().generatedAt() == null ? -1 : c.keys().generatedAt().toEpochMilli());
            list.varUInt(c.capabilities().bits());
            list.varUInt(c.protocolVersion());
            list.int64(c.addedAt().toEpochMilli());
        }
        IxiWriter w = new IxiWriter();
        w.raw(MAGIC).u8(FORMAT).int32Bytes(walletFile);
        w.int32Bytes(PasswordCrypto.encrypt(list.toByteArray(), password, AesMode.GCM));
        return w.toByteArray();
    }

    /**
     * Reads a backup.
     *
     * @throws WrongPasswordException the password opens neither the wallet nor the contacts
     * @throws ProtocolException the file is not a Linnet backup or is damaged
     */
    public static Contents read(byte[] file, String password) throws WrongPasswordException, ProtocolException {
        IxiReader r = new IxiReader(file);
        if (!Arrays.equals(r.bytes(MAGIC.length, "magic"), MAGIC)) {
            throw new ProtocolException("not a Linnet backup file", 0);
        }
        int format = r.u8("format");
        if (format != FORMAT) {
            throw new ProtocolException("unknown backup format " + format, MAGIC.length);
        }
        byte[] walletFile = r.int32Bytes(MAX_PART, "wallet");
        Wallet wallet = WalletCodec.read(walletFile, password);
        byte[] sealed = r.int32Bytes(MAX_PART, "contacts");
        r.expectEnd("backup");
        byte[] plain;
        try {
            plain = PasswordCrypto.decrypt(sealed, password, AesMode.GCM);
        } catch (DecryptionException e) {
            throw new WrongPasswordException("the password does not open the backup's contacts", e);
        }
        return new Contents(wallet, walletFile, contacts(plain));
    }

    private static List<Contact> contacts(byte[] plain) throws ProtocolException {
        IxiReader r = new IxiReader(plain);
        int n = r.varUIntAtMost(1_000_000, "contact count");
        List<Contact> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Address address = Address.fromBytes(r.ixiBytes(64, "address"));
            Bytes key = Bytes.of(r.ixiBytes(4096, "publicKey"));
            String nick = r.dotNetString(4096, "nickname");
            String local = r.dotNetString(4096, "localNickname");
            Bytes avatar = Bytes.of(r.ixiBytes(MAX_PART, "avatar"));
            ContactState state = ContactState.fromCode(r.varUIntAtMost(255, "state"));
            HandshakeStatus status = HandshakeStatus.fromCode(r.varUIntAtMost(255, "handshakeStatus"));
            Bytes aes = Bytes.of(r.ixiBytes(64, "aesKey"));
            Bytes chacha = Bytes.of(r.ixiBytes(64, "chachaKey"));
            long keysAt = r.int64("keysAt");
            int caps = r.varUIntAtMost(Integer.MAX_VALUE, "capabilities");
            int version = r.varUIntAtMost(247, "protocolVersion");
            Instant added = Instant.ofEpochMilli(r.int64("addedAt"));
            ContactKeys keys = new ContactKeys(aes, chacha, keysAt < 0 ? null : Instant.ofEpochMilli(keysAt));
            out.add(new Contact(address, key, nick, local, avatar, state, status, keys, HandshakeSecrets.NONE,
                    new StreamCapabilities(caps), version, 0, added));
        }
        r.expectEnd("contact list");
        return out;
    }
}
