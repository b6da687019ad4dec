package io.linnet.cli.tool;

import picocli.CommandLine.Command;

/**
 * {@code linnet tool ...}: protocol inspection for developers and conformance checks. Every subcommand
 * prints one JSON object on stdout; invalid input exits 2 with a one-line error on stderr.
 */
@Command(
        name = "tool",
        mixinStandardHelpOptions = true,
        description = "Inspect and produce Ixian wire formats (JSON on stdout).",
        subcommands = {AddressCommand.class, GroupAddressCommand.class, DecodeCommand.class,
            DecryptCommand.class, VerifyCommand.class})
public final class ToolCommand {}
