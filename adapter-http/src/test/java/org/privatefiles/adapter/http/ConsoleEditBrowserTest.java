package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The console's detail pane in a real browser: editing, field errors, conflicts, download and delete. */
class ConsoleEditBrowserTest extends ConsoleBrowserSession {
    @Test
    void renaming_and_retagging_in_the_detail_pane_changes_the_file_through_the_api() {
        JsonNode file = service.upload(org, pro, "scan.pdf", "pdf".getBytes(StandardCharsets.UTF_8));
        browser.signInWithPassword(pro, org);
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();

        browser.type("edit-title", "permit-scan.pdf");
        var tags = new Select(browser.find("#edit-tags"));
        tags.selectByVisibleText("Extra File");
        tags.selectByVisibleText("Accepted");
        browser.find("#edit-show-customer").click();
        browser.find("#edit button[type=submit]").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edit [data-saved]")));

        JsonNode saved = service.file(org, pro, file.get("id").asLong());
        assertThat(saved.get("title").asText()).isEqualTo("permit-scan.pdf");
        assertThat(saved.get("show_customer").asBoolean()).isTrue();
        assertThat(saved.get("file_tags_data").findValuesAsText("title")).containsExactlyInAnyOrder("Extra File", "Accepted");
        browser.wait.until(d -> browser.titles().contains("permit-scan.pdf"));
        assertThat(browser.find("#detail dd[data-field=title]").getText()).isEqualTo("permit-scan.pdf");
        browser.screenshot("file-detail");
    }

    @Test
    void an_api_field_error_is_shown_next_to_its_field() {
        JsonNode file = service.upload(org, pro, "scan.pdf", "pdf".getBytes(StandardCharsets.UTF_8));
        browser.signInWithPassword(pro, org);
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();

        browser.type("edit-title", " ");
        browser.find("#edit button[type=submit]").click();

        var error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-title-error")));
        assertThat(error.getText()).isEqualTo("This field may not be blank.");
        assertThat(browser.find("#edit-title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(service.file(org, pro, file.get("id").asLong()).get("title").asText()).isEqualTo("scan.pdf");
    }

    @Test
    void download_gives_the_uploaded_bytes() {
        byte[] bytes = new byte[70_000];
        new java.util.Random(7).nextBytes(bytes);
        JsonNode file = service.upload(org, pro, "data.bin", bytes);
        browser.signInWithPassword(pro, org);
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();

        String link = browser.find("#download").getAttribute("href");
        assertThat(link).startsWith(service.server + "/media/private/");
        assertThat(browser.fetchInPage(link)).isEqualTo(bytes);
    }

    @Test
    void delete_asks_for_confirmation_and_then_removes_the_file() {
        JsonNode file = service.upload(org, pro, "old.txt", "old".getBytes(StandardCharsets.UTF_8));
        service.upload(org, pro, "keep.txt", "keep".getBytes(StandardCharsets.UTF_8));
        browser.signInWithPassword(pro, org);
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();

        browser.find("#delete").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-delete")));
        browser.screenshot("delete-confirmation");
        browser.driver.findElement(By.xpath("//dialog[@id='confirm-delete']//button[text()='Cancel']")).click();
        assertThat(service.files(org, pro)).hasSize(2);

        browser.find("#delete").click();
        browser.rerendering(() -> browser.find("#confirm-delete-yes").click());
        assertThat(browser.titles()).containsExactly("keep.txt");
        assertThat(service.files(org, pro)).hasSize(1);
    }

    @Test
    void saving_over_a_change_made_elsewhere_is_refused_with_the_reason_and_changes_nothing() {
        long id = service.upload(org, pro, "scan.pdf", "pdf".getBytes(StandardCharsets.UTF_8)).get("id").asLong();
        browser.signInWithPassword(pro, org);
        browser.find("#files-table tr[data-file-id='" + id + "'] button.link").click();
        browser.find("#edit-title");
        service.patch(org, pro, id, "{\"title\": \"changed elsewhere.pdf\"}");

        browser.type("edit-title", "mine.pdf");
        browser.find("#edit button[type=submit]").click();

        var error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#edit [data-error-for=non_field_errors]")));
        assertThat(error.getText()).startsWith("Someone changed this file since you opened it");
        assertThat(service.file(org, pro, id).get("title").asText()).isEqualTo("changed elsewhere.pdf");
    }
}
