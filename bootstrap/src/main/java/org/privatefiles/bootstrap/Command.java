package org.privatefiles.bootstrap;

import java.util.List;
import java.util.Set;

/** The commands of the command line (API.md §8): their words and the flags each accepts besides the configuration. */
enum Command {
    SERVE("serve", Set.of(), Set.of(), Set.of("demo")),
    ORG_CREATE("org create", Set.of("name"), Set.of(), Set.of()),
    USER_CREATE("user create", Set.of("email"), Set.of("password"), Set.of("machine")),
    MEMBER_ADD("member add", Set.of("org", "user", "role"), Set.of("projects", "level"),
            Set.of("files-org-wide", "projects-export")),
    PROJECT_CREATE("project create", Set.of("org", "title"), Set.of(), Set.of()),
    PROJECT_ASSIGN("project assign", Set.of("project", "user"), Set.of("level"), Set.of()),
    TOKEN_CREATE("token create", Set.of("user"), Set.of(), Set.of()),
    TOKEN_REVOKE("token revoke", Set.of("token"), Set.of(), Set.of()),
    TAG_CREATE("tag create", Set.of("title"), Set.of(), Set.of("export")),
    TEMPLATE_CREATE("template create", Set.of("org", "title"), Set.of(), Set.of()),
    SIGNING_KEY_ROTATE("signing-key rotate", Set.of(), Set.of(), Set.of());

    final List<String> words;
    final Set<String> required;
    final Set<String> optional;
    final Set<String> switches;

    Command(String words, Set<String> required, Set<String> optional, Set<String> switches) {
        this.words = List.of(words.split(" "));
        this.required = required;
        this.optional = optional;
        this.switches = switches;
    }

    String spelled() {
        return String.join(" ", words);
    }

    /** Whether the command takes {@code --name VALUE} (its own or a configuration flag). */
    boolean takesValue(String name) {
        return required.contains(name) || optional.contains(name) || ConfigFlag.byName(name).isPresent();
    }
}
