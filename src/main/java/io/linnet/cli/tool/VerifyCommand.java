package io.linnet.cli.tool;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tool verify --public-key K --data D --signature S}. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a SHA512withRSA (PKCS#1 v1.5) signature over DATA with an Ixian public key.")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--public-key", required = true, paramLabel = "HEX", description = "Ixian RSA public key")
    String publicKey;

    @Option(names = "--data", required = true, paramLabel = "HEX", description = "the signed bytes")
    String data;

    @Option(names = "--signature", required = true, paramLabel = "HEX", description = "the signature")
    String signature;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean valid = Signatures.verify(Json.unhex(publicKey, "public key"), Json.unhex(data, "data"),
                Json.unhex(signature, "signature"));
        Map<String, Object> o = Json.object();
        o.put("valid", valid);
        spec.commandLine().getOut().println(Json.write(o));
        return 0;
    }
}
