package org.privatefiles.client;

/**
 * The server and token a command talks with: {@code PRIVATE_FILES_SERVER} and
 * {@code PRIVATE_FILES_TOKEN} override what {@code login} stored; the org as {@link OrgChoice} picks it.
 */
final class Session {
    static final String SERVER_VARIABLE = "PRIVATE_FILES_SERVER";
    static final String TOKEN_VARIABLE = "PRIVATE_FILES_TOKEN";

    private final ClientContext context;
    private final ClientConfig config;
    private final Api api;

    private Session(ClientContext context, ClientConfig config, Api api) {
        this.context = context;
        this.config = config;
        this.api = api;
    }

    static Session open(ClientContext context) {
        ClientConfig stored = ClientConfig.read(context.configFile());
        String server = overridden(context, SERVER_VARIABLE, stored.server());
        String token = overridden(context, TOKEN_VARIABLE, stored.token());
        if (server == null || token == null) {
            throw ClientFailure.badArguments("not logged in: run 'private-files login --server URL --email EMAIL', "
                    + "or set " + SERVER_VARIABLE + " and " + TOKEN_VARIABLE);
        }
        // The stored org belongs to the stored login only.
        boolean sameLogin = server.equals(stored.server()) && token.equals(stored.token());
        return new Session(context, sameLogin ? stored : ClientConfig.EMPTY, new Api(server, token));
    }

    Api api() {
        return api;
    }

    ClientContext context() {
        return context;
    }

    /** The org given with {@code --org}, else the one stored at login, else the only org the user is a pro of. */
    long org(Long flag) {
        if (flag != null) {
            return flag;
        }
        if (config.org() != null) {
            return config.org();
        }
        return OrgChoice.only(OrgChoice.discover(api));
    }

    /** {@code /api/orgs/ORG/private_files/} */
    static String files(long org) {
        return "/api/orgs/" + org + "/private_files/";
    }

    private static String overridden(ClientContext context, String variable, String stored) {
        String value = context.env().get(variable);
        return value != null && !value.isBlank() ? value.strip() : stored;
    }
}
