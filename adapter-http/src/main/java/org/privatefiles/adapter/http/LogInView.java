package org.privatefiles.adapter.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.privatefiles.application.port.in.LogInResult;

/** Web view of a successful log-in: {@code {"token","user":{"id","url","email"}}}. */
@JsonPropertyOrder({"token", "user"})
record LogInView(String token, User user) {

    /** The user a token belongs to. */
    @JsonPropertyOrder({"id", "url", "email"})
    record User(long id, String url, String email) {
    }

    static LogInView from(LogInResult result, ResourceUrls urls) {
        return new LogInView(result.token(), new User(result.user().value(), urls.user(result.user()), result.email()));
    }
}
