package org.privatefiles.application.port.in;

/**
 * Use case: exchange an email and password for a new API token. Wrong credentials are an
 * {@code InvalidException} (non-field); repeated failures for one username from one client
 * address, or for one username from anywhere (a higher ceiling), are throttled.
 */
public interface LogInUseCase {
    LogInResult logIn(String username, String password, String clientAddress);
}
