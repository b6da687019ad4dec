package io.linnet.cli.tool;

import io.linnet.ixian.stream.StreamMessage;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool checksum stream-message <hex>}: the checksum a sender signs. */
@Command(name = "checksum", mixinStandardHelpOptions = true, description = "Checksums of wire objects.",
        subcommands = {ChecksumCommand.Stream.class})
final class ChecksumCommand {
    private ChecksumCommand() {}

    @Command(name = "stream-message", mixinStandardHelpOptions = true,
            description = "SHA3-512 (v1) or SHA-512 (v0) of the message's checksum form.")
    static final class Stream implements Callable<Integer> {
        @Parameters(paramLabel = "HEX") String hex;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> o = Json.object();
            o.put("checksum", StreamMessage.decode(Json.unhex(hex, "input")).checksum().toHex());
            spec.commandLine().getOut().println(Json.write(o));
            return 0;
        }
    }
}
