package io.linnet.cli.tool;

import io.linnet.ixian.crypto.MessageCrypto;
import io.linnet.ixian.crypto.RsaPrivateKey;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool decrypt spixi2|rsa2 ...}: opens MessageCrypto payloads; a failed authentication exits 2. */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Decrypt a StreamMessage payload; prints the plaintext as hex.",
        subcommands = {DecryptCommand.Spixi2.class, DecryptCommand.Rsa2.class})
final class DecryptCommand {
    private DecryptCommand() {}

    static void print(picocli.CommandLine.Model.CommandSpec spec, byte[] plaintext) {
        Map<String, Object> o = Json.object();
        o.put("plaintext", Json.hex(plaintext));
        spec.commandLine().getOut().println(Json.write(o));
    }

    @Command(name = "spixi2", mixinStandardHelpOptions = true, description = "spixi2 with the pair's AES and ChaCha keys.")
    static final class Spixi2 implements Callable<Integer> {
        @Option(names = "--aes-key", required = true, paramLabel = "HEX") String aesKey;
        @Option(names = "--chacha-key", required = true, paramLabel = "HEX") String chachaKey;
        @Option(names = "--aad", required = true, paramLabel = "HEX", description = "id ‖ varint(type) ‖ varint(timestamp)") String aad;
        @Parameters(paramLabel = "HEX", description = "the encrypted payload") String hex;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            print(spec, MessageCrypto.decryptSpixi2(Json.unhex(hex, "payload"), Json.unhex(aesKey, "AES key"),
                    Json.unhex(chachaKey, "ChaCha key"), Json.unhex(aad, "AAD")));
            return 0;
        }
    }

    @Command(name = "rsa2", mixinStandardHelpOptions = true, description = "rsa2 with the recipient's private key.")
    static final class Rsa2 implements Callable<Integer> {
        @Option(names = "--private-key", required = true, paramLabel = "HEX", description = "Ixian RSA private key") String privateKey;
        @Option(names = "--aad", required = true, paramLabel = "HEX") String aad;
        @Parameters(paramLabel = "HEX", description = "the encrypted payload") String hex;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            RsaPrivateKey key = RsaPrivateKey.fromIxianBytes(Json.unhex(privateKey, "private key"));
            print(spec, MessageCrypto.decryptRsa2(Json.unhex(hex, "payload"), key, Json.unhex(aad, "AAD")));
            return 0;
        }
    }
}
