package io.linnet.cli.tool;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool encode <kind> '<json>'}: builds wire bytes from JSON; prints {@code {"hex"}}. */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Encode JSON into wire bytes; prints {\"hex\": ...}.",
        subcommands = {EncodeCommand.Spixi.class, EncodeCommand.CreateGroup.class, EncodeCommand.Reaction.class})
final class EncodeCommand {
    private EncodeCommand() {}

    abstract static class Base implements Callable<Integer> {
        @Parameters(paramLabel = "JSON", description = "the message as a JSON object")
        String json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract byte[] encode(com.fasterxml.jackson.databind.JsonNode j) throws Exception;

        @Override
        public Integer call() throws Exception {
            byte[] bytes = encode(Json.parse(json));
            Map<String, Object> o = Json.object();
            o.put("hex", Json.hex(bytes));
            spec.commandLine().getOut().println(Json.write(o));
            return 0;
        }
    }

    @Command(name = "spixi-message", mixinStandardHelpOptions = true,
            description = "{\"type\", \"data\", \"channel\", \"groupAddress\", \"groupSenderAddress\"}")
    static final class Spixi extends Base {
        @Override
        byte[] encode(com.fasterxml.jackson.databind.JsonNode j) throws Exception {
            return SpixiJson.spixiMessage(j).encode();
        }
    }

    @Command(name = "create-group", mixinStandardHelpOptions = true,
            description = "{\"randomId\", \"groupName\", \"hideParticipantAddresses\", \"participants\": [{\"address\", \"nick\"}], "
                    + "\"channels\": [{\"name\", \"index\"}]}; participant addresses are real, privacy mode is applied here")
    static final class CreateGroup extends Base {
        @Override
        byte[] encode(com.fasterxml.jackson.databind.JsonNode j) throws Exception {
            return SpixiJson.createGroup(j).encode();
        }
    }

    @Command(name = "reaction", mixinStandardHelpOptions = true, description = "{\"msgId\", \"reaction\"}")
    static final class Reaction extends Base {
        @Override
        byte[] encode(com.fasterxml.jackson.databind.JsonNode j) {
            return SpixiJson.reaction(j).encode();
        }
    }
}
