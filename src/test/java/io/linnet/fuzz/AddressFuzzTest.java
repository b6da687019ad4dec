package io.linnet.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.ExtendedAddress;
import io.linnet.ixian.address.ExtendedAddress.Flag;
import io.linnet.ixian.address.GroupAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Address decoders: binary, Base58 text, public keys and extended addresses. */
class AddressFuzzTest {

    static Object decodeAny(byte[] input) throws io.linnet.ixian.ProtocolException {
        if (input.length >= Address.MIN_KEY_LENGTH) {
            return Address.fromPublicKey(input);
        }
        try {
            return Address.fromBytes(input);
        } catch (io.linnet.ixian.ProtocolException e) {
            return ExtendedAddress.decode(input);
        }
    }

    static Object parseText(byte[] input) throws io.linnet.ixian.ProtocolException {
        return ExtendedAddress.parse(new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void binaryForms(byte[] input) {
        Decoders.check(AddressFuzzTest::decodeAny, input);
    }

    @FuzzTest(maxDuration = "10s")
    void textForms(@NotNull String text) {
        Decoders.check(AddressFuzzTest::parseText, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void mutatedAddresses() throws Exception {
        Address a = Address.parse("3nCYFYNLxJEbSXMNpn2s9tsxB5Zz6qfp7pfDzGivP3AVUDBsDWrfUjBuhtiLzdzWU");
        Address g = GroupAddress.derive(a, new byte[16]);
        ExtendedAddress e = new ExtendedAddress(a, Flag.OFFLINE_ADDRESS, g, new byte[] {9, 9});
        List<byte[]> binary = List.of(a.noChecksum(), a.withChecksum(), g.withChecksum(), e.encode());
        assertTrue(Decoders.checkMutants(AddressFuzzTest::decodeAny, binary, 5000, 11) > 0);
        List<byte[]> text = List.of(e.toText().getBytes(StandardCharsets.UTF_8), a.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(Decoders.checkMutants(AddressFuzzTest::parseText, text, 5000, 12) > 0);
    }
}
