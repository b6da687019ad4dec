package io.linnet.store;

import io.linnet.chat.store.ContactKeys;
import io.linnet.chat.store.HandshakeSecrets;
import io.linnet.chat.store.StoreException;
import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.codec.Bytes;
import io.linnet.ixian.codec.IxiReader;
import io.linnet.ixian.codec.IxiWriter;
import io.linnet.store.crypto.StoreCipher;
import java.time.Instant;

/**
 * Seals a contact's pair keys and handshake secrets into single columns: the fields, each int32-length
 * prefixed, then AES-GCM bound to the contact's address and the column's purpose. Absent secrets are NULL.
 */
final class ContactSecrets {
    private static final int MAX_FIELD = 64 * 1024;

    private ContactSecrets() {}

    static byte[] sealKeys(StoreCipher cipher, Address contact, ContactKeys keys) {
        if (!keys.present()) {
            return null;
        }
        return seal(cipher, "contact pair keys", contact, keys.aesKey(), keys.chachaKey());
    }

    static ContactKeys openKeys(StoreCipher cipher, Address contact, byte[] sealed, Instant generatedAt) {
        if (sealed == null) {
            return ContactKeys.NONE;
        }
        Bytes[] f = open(cipher, "contact pair keys", contact, sealed, 2);
        return new ContactKeys(f[0], f[1], generatedAt);
    }

    static byte[] sealHandshake(StoreCipher cipher, Address contact, HandshakeSecrets s) {
        if (!s.present()) {
            return null;
        }
        return seal(cipher, "contact handshake secrets", contact, s.ecdhPrivateKey(), s.mlKemPrivateKey(), s.aesSalt());
    }

    static HandshakeSecrets openHandshake(StoreCipher cipher, Address contact, byte[] sealed) {
        if (sealed == null) {
            return HandshakeSecrets.NONE;
        }
        Bytes[] f = open(cipher, "contact handshake secrets", contact, sealed, 3);
        return new HandshakeSecrets(f[0], f[1], f[2]);
    }

    private static byte[] seal(StoreCipher cipher, String purpose, Address contact, Bytes... fields) {
        IxiWriter w = new IxiWriter();
        for (Bytes b : fields) {
            b.writeInt32Bytes(w);
        }
        return cipher.seal(w.toByteArray(), StoreCipher.aad(purpose, contact.noChecksum()));
    }

    private static Bytes[] open(StoreCipher cipher, String purpose, Address contact, byte[] sealed, int count) {
        byte[] plain = cipher.open(sealed, StoreCipher.aad(purpose, contact.noChecksum()));
        try {
            IxiReader r = new IxiReader(plain);
            Bytes[] out = new Bytes[count];
            for (int i = 0; i < count; i++) {
                out[i] = Bytes.readInt32Bytes(r, MAX_FIELD, purpose);
            }
            r.expectEnd(purpose);
            return out;
        } catch (ProtocolException e) {
            throw new StoreException("stored " + purpose + " are malformed", e);
        }
    }
}
