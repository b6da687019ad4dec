package io.linnet.cli.tool;

import picocli.CommandLine.Command;

/** {@code tool decode <kind> <hex>}. */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = "Decode wire bytes (hex) into JSON.",
        subcommands = {DecodeKeepAliveCommand.class})
final class DecodeCommand {}
