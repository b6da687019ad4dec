package io.linnet.store.crypto;

import io.linnet.ixian.crypto.Hkdf;
import java.nio.charset.StandardCharsets;

/**
 * The working keys derived from the random data key with HKDF-SHA3-512, one per purpose, so no key is
 * used for two things: one seals values at rest, the other keys the blind search tokens.
 *
 * @param cipher seals message bodies, outbox payloads and contact secrets
 * @param searchKey the HMAC key for search tokens
 */
public record StoreKeys(StoreCipher cipher, byte[] searchKey) {

    public static StoreKeys derive(byte[] dataKey) {
        byte[] sealKey = Hkdf.sha3_512(dataKey, 32, null, info("linnet store seal v1"));
        byte[] searchKey = Hkdf.sha3_512(dataKey, 32, null, info("linnet store search v1"));
        return new StoreKeys(new StoreCipher(sealKey), searchKey);
    }

    private static byte[] info(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** A copy, so the key stays private to whoever holds this record. */
    @Override
    public byte[] searchKey() {
        return searchKey.clone();
    }
}
