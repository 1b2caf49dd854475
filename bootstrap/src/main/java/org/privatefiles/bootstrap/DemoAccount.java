package org.privatefiles.bootstrap;

import java.util.Optional;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectId;
import org.privatefiles.domain.actor.UserId;

/** What {@code serve --demo} made: the demo user and token, and its org and project when known. */
record DemoAccount(UserId user, String token, Optional<OrgId> org, Optional<ProjectId> project) {

    /** The ready-to-run curl line printed on stdout. */
    String curlLine(String baseUrl) {
        String path = org.map(o -> "/api/orgs/" + o + "/private_files/").orElse("/api/file_tags/");
        return "curl -H 'Authorization: Bearer " + token + "' " + baseUrl + path;
    }
}
