package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.domain.actor.Org;

/** Web view of an org. */
@JsonPropertyOrder({"url", "id", "name"})
record OrgView(String url, long id, String name) {
    static OrgView from(Org org, ResourceUrls urls) {
        return new OrgView(urls.org(org.id()), org.id().value(), org.name());
    }
}
