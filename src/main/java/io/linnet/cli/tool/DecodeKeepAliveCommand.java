package io.linnet.cli.tool;

import io.linnet.s2.presence.KeepAlive;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool decode keep-alive <hex> [--public-key K] [--lock L]}. */
@Command(name = "keep-alive", mixinStandardHelpOptions = true,
        description = "Decode a KeepAlive v2; with --public-key also check its signature.")
final class DecodeKeepAliveCommand implements Callable<Integer> {
    @Parameters(paramLabel = "HEX", description = "the keep-alive bytes")
    String hex;

    @Option(names = "--public-key", paramLabel = "HEX", description = "the wallet's Ixian RSA public key")
    String publicKey;

    @Option(names = "--lock", defaultValue = "IxiReg",
            description = "network lock in the checksum: IxiReg (local networks, default) or Ixian (mainnet)")
    String lock;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KeepAlive ka = KeepAlive.decode(Json.unhex(hex, "keep-alive"));
        Map<String, Object> o = Json.object();
        o.put("version", KeepAlive.VERSION);
        o.put("wallet", Json.hex(ka.wallet().noChecksum()));
        o.put("walletBase58", ka.wallet().toString());
        o.put("deviceId", Json.hex(ka.deviceId()));
        o.put("timestamp", ka.timestamp());
        o.put("hostName", ka.hostName());
        o.put("nodeType", String.valueOf(ka.nodeType().letter()));
        o.put("powSolution", Json.hex(ka.powSolution()));
        o.put("signature", Json.hex(ka.signature()));
        o.put("checksum", Json.hex(ka.checksum(lock)));
        if (publicKey != null) {
            o.put("signatureValid", Signatures.verify(Json.unhex(publicKey, "public key"), ka.checksum(lock), ka.signature()));
        }
        spec.commandLine().getOut().println(Json.write(o));
        return 0;
    }
}
