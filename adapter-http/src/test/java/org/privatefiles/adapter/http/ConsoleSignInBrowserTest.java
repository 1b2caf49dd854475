package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.ProjectScope;

/** Signing in and out of the console in a real browser, from the keyboard too, and what a member may see. */
class ConsoleSignInBrowserTest extends ConsoleBrowserSession {
    @Test
    void signing_in_with_email_and_password_shows_the_orgs_files_and_keeps_the_token_in_session_storage_only() {
        service.upload(org, pro, "roof.jpg", "jpeg".getBytes(StandardCharsets.UTF_8));
        browser.openFresh();
        browser.screenshot("sign-in");
        browser.signInWithPassword(pro, org);

        assertThat(browser.titles()).containsExactly("roof.jpg");
        assertThat(browser.find("#who").getText()).contains(pro.email());
        var storage = browser.storage();
        String token = (String) browser.driver.executeScript("return JSON.parse(sessionStorage.getItem('privatefiles.session')).token;");
        assertThat(token).matches("[0-9a-f]{40}");
        assertThat((String) storage.get("local")).doesNotContain(token);
        assertThat((String) storage.get("url")).doesNotContain(token);
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void a_wrong_password_is_shown_on_the_form_and_nothing_is_stored() {
        browser.openFresh();
        browser.type("email", pro.email());
        browser.type("password", "not the password");
        browser.type("password-org", Long.toString(org.value()));
        browser.find("#sign-in-password button[type=submit]").click();

        var error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#sign-in-password [data-error-for=non_field_errors]")));
        assertThat(error.getText()).isEqualTo("Unable to log in with provided credentials.");
        assertThat((String) browser.storage().get("session")).isEqualTo("{}");
    }

    @Test
    void a_pasted_token_signs_in_and_sign_out_forgets_it() {
        browser.signInWithToken(pro, org);
        browser.find("#sign-out").click();

        browser.find("#sign-in-password");
        assertThat((String) browser.storage().get("session")).isEqualTo("{}");
    }

    @Test
    void a_member_without_access_never_sees_another_users_file() {
        long hidden = service.upload(org, pro, "pro-only.pdf", "secret".getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        var member = service.member(org, false, ProjectScope.ASSIGNED, AccessLevel.VIEW);
        service.upload(org, member, "mine.txt", "mine".getBytes(StandardCharsets.UTF_8));

        browser.signInWithPassword(member, org);
        assertThat(browser.titles()).containsExactly("mine.txt");
        assertThat(browser.find("#files-table caption").getText()).isEqualTo("1 file");

        browser.driver.get(service.server + "/console/#/files/" + hidden);
        browser.driver.navigate().refresh();
        var refusal = browser.find("#detail [role=alert]");
        assertThat(refusal.getText()).isEqualTo("You do not have permission to perform this action.");
        assertThat(browser.driver.getPageSource()).doesNotContain("pro-only.pdf");
    }

    @Test
    void a_revoked_token_leads_back_to_the_sign_in_page() {
        browser.signInWithToken(pro, org);
        service.core.administration().revokeToken(pro.token());

        browser.find("#nav a[data-route=projects]").click();

        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-password")));
        assertThat((String) browser.storage().get("session")).isEqualTo("{}");
    }

    @Test
    void signing_in_opening_a_file_and_cancelling_a_delete_work_from_the_keyboard() {
        long id = service.upload(org, pro, "keys.txt", "k".getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        browser.openFresh();
        browser.type("email", pro.email());
        browser.type("password", pro.password());
        browser.type("password-org", Long.toString(org.value()));
        browser.find("#password-org").sendKeys(Keys.ENTER);
        browser.waitForFilesTable();

        browser.find("#files-table tr[data-file-id='" + id + "'] button.link").sendKeys(Keys.ENTER);
        browser.find("#detail-title");
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("detail-title");
        browser.find("#delete").sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-delete")));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-delete")));
        assertThat(service.files(org, pro)).hasSize(1);
    }
}
