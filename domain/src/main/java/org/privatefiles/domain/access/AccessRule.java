package org.privatefiles.domain.access;

import java.util.Optional;
import org.privatefiles.domain.actor.Actor;
import org.privatefiles.domain.file.PrivateFile;

/** One named rule of the access policy: decides, or passes the question to the next rule. */
public interface AccessRule {
    String name();

    Optional<AccessDecision> decide(Actor actor, PrivateFile file, AccessNeed need);
}
