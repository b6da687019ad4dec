package io.linnet.cli.tool;

import io.linnet.ixian.spixi.CreateGroupMessage;
import io.linnet.ixian.spixi.SpixiMessage;
import io.linnet.ixian.stream.StreamMessage;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool decode <kind> <hex>}: wire bytes to JSON. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode wire bytes (hex) into JSON.",
        subcommands = {DecodeCommand.Spixi.class, DecodeCommand.CreateGroup.class, DecodeCommand.Stream.class,
            DecodeKeepAliveCommand.class})
final class DecodeCommand {
    private DecodeCommand() {}

    abstract static class Base implements Callable<Integer> {
        @Parameters(paramLabel = "HEX", description = "the bytes to decode")
        String hex;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract Map<String, Object> decode(byte[] bytes) throws Exception;

        @Override
        public Integer call() throws Exception {
            spec.commandLine().getOut().println(Json.write(decode(Json.unhex(hex, "input"))));
            return 0;
        }
    }

    @Command(name = "spixi-message", mixinStandardHelpOptions = true, description = "A SpixiMessage envelope.")
    static final class Spixi extends Base {
        @Override
        Map<String, Object> decode(byte[] bytes) throws Exception {
            return SpixiJson.spixiMessage(SpixiMessage.decode(bytes));
        }
    }

    @Command(name = "create-group", mixinStandardHelpOptions = true,
            description = "A createGroup payload (participant addresses as on the wire: virtual ones in privacy mode).")
    static final class CreateGroup extends Base {
        @Override
        Map<String, Object> decode(byte[] bytes) throws Exception {
            return SpixiJson.createGroup(CreateGroupMessage.decode(bytes, CreateGroupMessage.LINNET_MAX_PARTICIPANTS));
        }
    }

    @Command(name = "stream-message", mixinStandardHelpOptions = true, description = "A StreamMessage (v0 or v1, network form).")
    static final class Stream extends Base {
        @Override
        Map<String, Object> decode(byte[] bytes) throws Exception {
            return StreamJson.streamMessage(StreamMessage.decode(bytes));
        }
    }
}
