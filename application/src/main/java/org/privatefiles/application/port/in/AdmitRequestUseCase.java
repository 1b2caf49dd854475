package org.privatefiles.application.port.in;

import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.UserId;
import org.privatefiles.domain.throttle.ThrottleScope;

/**
 * Use case: let a user's request into an org's private files: refused with
 * {@code ForbiddenException} unless the user is a pro member, then with
 * {@code ThrottledException} when a rate limit is spent.
 */
public interface AdmitRequestUseCase {
    Admission admit(UserId user, OrgId org, ThrottleScope scope);

    /**
     * The same for the user an API token authenticates ({@code UnauthenticatedException} first,
     * as {@link AuthenticateTokenUseCase}), with the token, membership and assignments looked up
     * together (and remembered briefly: see the README's "Identity" section).
     */
    Admission admit(String token, OrgId org, ThrottleScope scope);
}
