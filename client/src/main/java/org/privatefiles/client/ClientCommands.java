package org.privatefiles.client;

import java.util.List;
import java.util.Set;

/** Every client command, as picocli {@code @Command} objects to add as subcommands of a root. */
public final class ClientCommands {
    public static final Set<String> NAMES = Set.of("login", "logout", "ls", "upload", "get", "edit", "rm", "tags");

    private ClientCommands() {
    }

    public static List<Object> all(ClientContext context) {
        return List.of(new LoginCommand(context), new LogoutCommand(context), new ListCommand(context),
                new UploadCommand(context), new GetCommand(context), new EditCommand(context),
                new RemoveCommand(context), new TagsCommand(context));
    }
}
