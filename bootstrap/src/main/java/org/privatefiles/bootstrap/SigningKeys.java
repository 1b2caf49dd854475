package org.privatefiles.bootstrap;

import java.time.Instant;

/** Chooses where the link-signing keys come from: {@code --signing-key} when set, else the generated key file in the data dir. */
final class SigningKeys {
    private SigningKeys() {
    }

    static SigningKeyRing load(Configuration config) {
        return config.signingKey()
                .map(SigningKeyRing::fromSetting)
                .orElseGet(() -> new SigningKeyFile(DataDir.ensure(config.dataDir()), config.linkTtl()).loadOrCreate(Instant.now()));
    }
}
