package io.linnet.cli;

import io.linnet.cli.daemon.DaemonCommand;
import io.linnet.cli.tool.ToolCommand;
import picocli.CommandLine.Command;

/** Top-level command: {@code linnet <subcommand>}. */
@Command(
        name = "linnet",
        mixinStandardHelpOptions = true,
        versionProvider = LinnetVersion.class,
        description = "Linnet, a desktop group messenger for the Ixian S2 network.%n"
                + "With no arguments, opens the desktop app.",
        subcommands = {ToolCommand.class, RelayCommand.class, DaemonCommand.class})
public final class LinnetCommand {}
