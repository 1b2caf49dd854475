package org.privatefiles.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line, {@code private-files}: only a holder of commands. Its usage-text
 * attributes, {@code --help} and {@code --version} are inherited by every command added below it.
 */
@Command(name = "private-files", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpWidth = 110,
        synopsisHeading = "usage: ", descriptionHeading = "%n", optionListHeading = "%nflags:%n",
        commandListHeading = "%ncommands:%n",
        description = {"Stores an organisation's private files and serves them through time-limited signed links.",
                "The admin commands print only the new id or token on stdout; logs go to stderr."},
        footer = {"", "exit status: 0 done, 1 refused (e.g. unknown id, duplicate email), 2 bad arguments"})
final class RootCommand {
}
