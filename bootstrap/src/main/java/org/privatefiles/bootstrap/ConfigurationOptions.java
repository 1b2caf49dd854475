package org.privatefiles.bootstrap;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The configuration flags every command takes (API.md §8), mixed into each command: a flag wins over
 * its environment variable ({@link EnvironmentDefaults}), which wins over the default.
 */
final class ConfigurationOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    DatabaseOptions database;

    @Mixin
    ServerOptions server;

    @Mixin
    CoreOptions core;

    @Mixin
    StoreOptions store;

    /** The configuration of this run; the checks that span several flags are made here. */
    Configuration resolve(Map<String, String> env) {
        StoreConfiguration storeConfiguration = store.resolve(env);
        if (storeConfiguration.downloadMode() == DownloadMode.REDIRECT && storeConfiguration.s3().isEmpty()) {
            throw new UsageException(source("--download-mode")
                    + " must be proxy while --store is the local folder (redirect needs an s3:// store), not 'redirect'");
        }
        return new Configuration(database.dataDir, Optional.ofNullable(database.dbUrl), database.dbUser, database.dbPassword,
                server.port, Optional.ofNullable(server.baseUrl), Optional.ofNullable(server.signingKey),
                core.throttleOrgPerDay, core.throttleUserPerHour, core.maxUploadBytes, core.minPartBytes,
                server.linkTtl, core.uploadExpiry, core.temporaryExpiry, core.tokenExpiry, server.limits(), core.contentGrace,
                storeConfiguration,
                server.metricsPort == null ? OptionalInt.empty() : OptionalInt.of(server.metricsPort),
                server.logFormat);
    }

    /** How the user gave a flag's value: the flag itself, else its environment variable. */
    private String source(String flag) {
        var option = command.findOption(flag);
        boolean onCommandLine = command.commandLine().getParseResult().hasMatchedOption(option);
        return onCommandLine ? flag : EnvironmentDefaults.variable(option).orElse(flag);
    }
}
