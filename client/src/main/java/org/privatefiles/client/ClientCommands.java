package org.privatefiles.client;

import java.util.List;
import java.util.Set;

/** Every client command, as picocli {@code @Command} objects to add as subcommands of a root. */
public final class ClientCommands {
    private static final List<String> NAMES_IN_ORDER = List.of("login", "logout", "ls", "upload", "get", "edit", "rm", "tags");
    public static final Set<String> NAMES = Set.copyOf(NAMES_IN_ORDER);

    private ClientCommands() {
    }

    public static List<Object> all(ClientContext context) {
        return NAMES_IN_ORDER.stream().map(name -> named(name, context)).toList();
    }

    /** One command by its name (picocli reads only that one's annotations: a shorter start). */
    static Object named(String name, ClientContext context) {
        return switch (name) {
            case "login" -> new LoginCommand(context);
            case "logout" -> new LogoutCommand(context);
            case "ls" -> new ListCommand(context);
            case "upload" -> new UploadCommand(context);
            case "get" -> new GetCommand(context);
            case "edit" -> new EditCommand(context);
            case "rm" -> new RemoveCommand(context);
            case "tags" -> new TagsCommand(context);
            default -> throw new IllegalArgumentException("not a client command: " + name);
        };
    }
}
