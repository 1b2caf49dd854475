package org.privatefiles.bootstrap;

/** The usage text printed with every command-line error and by {@code --help}. */
final class Usage {
    private Usage() {
    }

    static String text() {
        var out = new StringBuilder("""
                usage: java -jar private-files.jar COMMAND [FLAGS]   (flags go after the command words)

                commands (each prints only the new id or token on stdout):
                  serve [--demo]                                  run the HTTP service; --demo first makes (once) a demo
                                                                  org, pro user, project and token, and prints a curl line
                  org create --name NAME                          prints the org id
                  user create --email EMAIL [--password PASSWORD] [--machine]
                                                                  prints the user id; machine users' tokens never expire
                  member add --org ID --user ID --role pro|customer [--files-org-wide] [--projects-export]
                             [--projects all|assigned] [--level view|edit]
                                                                  adds or replaces a membership; prints nothing;
                                                                  defaults: no org-wide files, no export,
                                                                  --projects assigned, --level view (used with --projects all)
                  project create --org ID --title TITLE           prints the project id
                  project assign --project ID --user ID [--level view|edit]
                                                                  default --level view; prints nothing
                  token create --user ID                          prints a token that never expires until revoked
                  token revoke --token TOKEN                      prints nothing
                  tag create --title TITLE [--export]             prints the file tag id
                  template create --org ID --title TITLE          prints the document template id
                  signing-key rotate                              makes a new current link-signing key in the data dir
                                                                  (older keys keep verifying); prints its key id

                configuration (flag, else environment variable, else default):
                """);
        for (ConfigFlag flag : ConfigFlag.values()) {
            out.append(String.format("  --%-24s %-38s %s%n", flag.flag, flag.env(), flag.shownDefault));
        }
        out.append("""

                exit status: 0 done, 1 refused (e.g. unknown id, duplicate email), 2 bad arguments
                """);
        return out.toString();
    }
}
