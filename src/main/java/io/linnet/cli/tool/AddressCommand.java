package io.linnet.cli.tool;

import io.linnet.ixian.address.Address;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool address <publicKeyHex|addressHex|base58>}. */
@Command(name = "address", mixinStandardHelpOptions = true,
        description = "Address forms of a public key (hex), an address (hex, with or without checksum) or Base58 text.")
final class AddressCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", description = "public key hex, address hex, or Base58 address")
    String input;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        spec.commandLine().getOut().println(Json.write(describe(Address.parseAny(input))));
        return 0;
    }

    static Map<String, Object> describe(Address a) {
        Map<String, Object> o = Json.object();
        o.put("version", a.version());
        o.put("addressNoChecksum", Json.hex(a.noChecksum()));
        o.put("addressWithChecksum", Json.hex(a.withChecksum()));
        o.put("base58", a.toString());
        o.put("sectorPrefix", Json.hex(a.sectorPrefix()));
        return o;
    }
}
