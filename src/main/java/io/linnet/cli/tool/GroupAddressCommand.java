package io.linnet.cli.tool;

import io.linnet.ixian.address.Address;
import io.linnet.ixian.address.GroupAddress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tool group-address <creatorAddressHex|base58> <randomIdHex>}. */
@Command(name = "group-address", mixinStandardHelpOptions = true,
        description = "The group (virtual) address derived from a creator address and a random id.")
final class GroupAddressCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CREATOR", description = "creator address: hex or Base58")
    String creator;

    @Parameters(index = "1", paramLabel = "RANDOM_ID", description = "group random id, hex")
    String randomId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        byte[] rid = Json.unhex(randomId, "random id");
        if (rid.length == 0) {
            throw new io.linnet.cli.InvalidInputException("random id is empty");
        }
        Address g = GroupAddress.derive(Address.parseAny(creator), rid);
        spec.commandLine().getOut().println(Json.write(AddressCommand.describe(g)));
        return 0;
    }
}
