package org.privatefiles.client;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code logout}: forgets the stored token (the server URL stays for the next login). The API
 * has no call that revokes a token, so the token itself stays valid until it expires or an
 * operator revokes it ({@code private-files token revoke}).
 */
@Command(name = "logout", description = "Forget the stored token.")
final class LogoutCommand implements Callable<Integer> {
    private final ClientContext context;

    LogoutCommand(ClientContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var file = context.configFile();
        if (Files.isRegularFile(file)) {
            ClientConfig.read(file).withoutToken().write(file);
        }
        context.err().println("private-files: logged out");
        return 0;
    }
}
