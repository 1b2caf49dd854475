package org.privatefiles.application.service;

import java.time.Clock;
import java.time.Duration;
import org.privatefiles.application.port.in.LogInResult;
import org.privatefiles.application.port.in.LogInUseCase;
import org.privatefiles.application.port.out.Directory;
import org.privatefiles.application.port.out.ThrottleStore;
import org.privatefiles.application.port.out.TokenRecord;
import org.privatefiles.application.port.out.UserAccount;
import org.privatefiles.domain.failure.InvalidException;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.ThrottledException;
import org.privatefiles.domain.throttle.LogInThrottle;

/**
 * Service: password log-in. Failed attempts are counted in the rolling windows of
 * {@link LogInThrottle}; once one is full every attempt it covers is throttled, right password or not.
 */
public final class LogInService implements LogInUseCase {
    private final Directory directory;
    private final ThrottleStore throttle;
    private final PasswordHashing hashing;
    private final Duration tokenExpiry;
    private final Clock clock;
    private volatile String decoyHash;

    public LogInService(Directory directory, ThrottleStore throttle, PasswordHashing hashing, Duration tokenExpiry, Clock clock) {
        this.directory = directory;
        this.throttle = throttle;
        this.hashing = hashing;
        this.tokenExpiry = tokenExpiry;
        this.clock = clock;
    }

    @Override
    public LogInResult logIn(String username, String password, String clientAddress) {
        var failures = LogInThrottle.windowsFor(username, clientAddress);
        var now = Timestamps.now(clock);
        var state = throttle.peek(failures, now);
        if (!state.admitted()) {
            throw new ThrottledException(state);
        }
        var user = username == null ? java.util.Optional.<UserAccount>empty() : directory.findUserByEmail(username.strip());
        // Hash even for an unknown user so that timing does not reveal which emails exist.
        String hash = user.map(UserAccount::passwordHash).orElse(null);
        boolean matches = hashing.verify(password == null ? "" : password, hash == null ? decoyHash() : hash) && hash != null;
        if (!matches) {
            throttle.tryAcquire(failures, now);
            throw InvalidException.of(InvalidException.NON_FIELD, new Problem.BadCredentials());
        }
        var account = user.get();
        String token = Tokens.newToken();
        var expiresAt = account.machine() ? null : now.plus(tokenExpiry);
        directory.storeToken(new TokenRecord(Tokens.sha256(token), account.id(), now, expiresAt, null));
        return new LogInResult(token, account.id(), account.email());
    }

    /** A hash of nothing anyone knows, made on first need (it is slow on purpose). */
    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hashing.hash(Tokens.newToken());
        }
        return decoyHash;
    }
}
