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
}
