package io.linnet.ixian.crypto;

/** The two AES modes Ixian uses: GCM (128-bit tag, no AAD) and CBC with PKCS#7 padding. */
public enum AesMode {
    /** AES-GCM; output is ciphertext followed by the 16-byte tag. Ixian's random IV is 12 bytes. */
    GCM,
    /** AES-CBC with PKCS#7 padding and a 16-byte IV. */
    CBC
}
