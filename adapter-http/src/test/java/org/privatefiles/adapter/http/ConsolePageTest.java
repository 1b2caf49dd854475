package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /console/}: the console's static files, without authentication, with strict security headers. */
class ConsolePageTest {
    @RegisterExtension
    final TestApi api = TestApi.start();

    /** Not through TestApi.send: the console is not part of the API that openapi.yaml describes. */
    private HttpResponse<String> get(String path) {
        try {
            return api.http.send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_console_page_is_served_without_a_token_with_security_headers() {
        var response = get("/console/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type.replace(" ", "")).isEqualTo("text/html;charset=utf-8"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void the_console_page_has_no_inline_script_or_style() {
        String page = get("/console").body();
        assertThat(page).contains("<script type=\"module\" src=\"/console/main.js\"></script>");
        assertThat(page.replace("<script type=\"module\" src=\"/console/main.js\"></script>", "")).doesNotContain("<script", "<style", "style=");
    }

    @Test
    void the_console_modules_are_served_as_javascript_with_the_same_headers() {
        var response = get("/console/main.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type.replace(" ", "")).isEqualTo("text/javascript;charset=utf-8"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.body()).contains("import");
        assertThat(get("/console/console.css").headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type.replace(" ", "")).isEqualTo("text/css;charset=utf-8"));
    }

    @Test
    void a_file_that_is_not_the_consoles_is_404_json() {
        for (String path : new String[] {"/console/secret.txt", "/console/..%2Fopenapi.yaml", "/console/Main.js", "/console/nothing.js"}) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).startsWith("{\"detail\":");
        }
    }
}
