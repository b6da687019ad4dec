package io.linnet.testutil;

import io.linnet.ixian.ProtocolException;
import io.linnet.ixian.address.Address;

/** Published address vectors (ixian-primitives.md §11.4, §11.6) for tests outside the address package. */
public final class TestAddresses {
    private TestAddresses() {}

    /** V-A1: a version 1 address, without checksum. */
    public static final String A1 = "014e6a8ffd4327967f8eb4c7f81d0d8f0a80ff566f1fe1e029d4a5c21092200e9f5ade209842cfbc88064110c0";
    /** V-A1 with its checksum. */
    public static final String A1_WITH_CHECKSUM = A1 + "19d481";
    /** V-A2: a version 2 address, without checksum. */
    public static final String A2 = "027001c9363a37fe16f58aa7e31ac56ee61e84ba7d24c00517c46f34b4e17492db9bb3c973ed68770d11bf5afc";
    /** V-A2 with its checksum. */
    public static final String A2_WITH_CHECKSUM = A2 + "12865c";
    /** V-A0: a version 0 address, without checksum. */
    public static final String A0 = "00bc08dd6d51f06352ad32e9f960eac7cfb490b84e409d21058c3d8605dfdd282e";
    /** Random id of the group vectors: 00 01 … 0f. */
    public static final String GROUP_RANDOM_ID = "000102030405060708090a0b0c0d0e0f";
    /** V-G1: the group address derived from V-A1 and {@link #GROUP_RANDOM_ID}. */
    public static final String G1 = "014ac134d023d823f3af70fc6b028d785f08d3e3d73abc60ad270387866ea18ae4e2506a37a195b8e38ca2ad99";
    /** V-G2: the group address derived from V-A2 and {@link #GROUP_RANDOM_ID}. */
    public static final String G2 = "01504be54c1c58a1b0649276558d4943b2cf42e399a8c82494ffe4b1d2d40740f9a00d994fa7ff7b361822678d";

    /** The address for a hex vector above. */
    public static Address address(String hex) {
        try {
            return Address.fromBytes(Hex.b(hex));
        } catch (ProtocolException e) {
            throw new IllegalStateException(e);
        }
    }
}
