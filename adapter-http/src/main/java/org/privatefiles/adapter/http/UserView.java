package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.application.port.in.UserProfile;

/** Web view of a user, as {@code /api/global_users/{id}/} shows it. */
@JsonPropertyOrder({"url", "id", "email"})
record UserView(String url, long id, String email) {
    static UserView from(UserProfile user, ResourceUrls urls) {
        return new UserView(urls.user(user.id()), user.id().value(), user.email());
    }
}
