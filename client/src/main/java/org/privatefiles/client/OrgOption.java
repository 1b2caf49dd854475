package org.privatefiles.client;

import picocli.CommandLine.Option;

/** {@code --org ID}, shared by the commands that work in an org. */
final class OrgOption {
    @Option(names = "--org", paramLabel = "ID", description = "The org (default: the one stored at login, else the only org you are a pro member of).")
    Long org;
}
