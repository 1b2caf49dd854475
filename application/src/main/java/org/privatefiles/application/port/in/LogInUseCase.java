package org.privatefiles.application.port.in;

/**
 * Use case: exchange an email and password for a new API token. Wrong credentials are an
 * {@code InvalidException} (non-field); repeated failures for one username are throttled.
 */
public interface LogInUseCase {
    LogInResult logIn(String username, String password);
}
