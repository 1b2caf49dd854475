package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.privatefiles.domain.actor.AccessLevel;
import org.privatefiles.domain.actor.OrgId;
import org.privatefiles.domain.actor.ProjectScope;

/** The console in a real browser against the real core and HTTP adapter: sign-in, the files table, editing, deleting. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {
    private ConsoleService service;
    private ConsoleBrowser browser;
    private OrgId org;
    private ConsoleService.User pro;

    @BeforeAll
    void start() {
        service = new ConsoleService();
        browser = ConsoleBrowser.start(service.server);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        service.close();
    }

    @BeforeEach
    void freshOrg() {
        org = service.org();
        pro = service.pro(org);
        browser.resize(1280, 1000);
    }

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
    void sorting_by_size_orders_the_rows_and_a_second_click_reverses_them() {
        service.upload(org, pro, "medium.bin", new byte[500]);
        service.upload(org, pro, "small.bin", new byte[5]);
        service.upload(org, pro, "large.bin", new byte[5000]);
        browser.signInWithPassword(pro, org);

        browser.rerendering(() -> browser.find("button.sort[data-order=filesize]").click());
        assertThat(browser.titles()).containsExactly("small.bin", "medium.bin", "large.bin");
        assertThat(browser.find("button.sort[data-order=filesize]").findElement(By.xpath("..")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        browser.rerendering(() -> browser.find("button.sort[data-order=filesize]").sendKeys(Keys.ENTER));
        assertThat(browser.titles()).containsExactly("large.bin", "medium.bin", "small.bin");
    }

    @Test
    void filtering_by_tag_and_by_search_shows_only_the_matching_files() {
        service.upload(org, pro, "permit.pdf", "a".getBytes(StandardCharsets.UTF_8), "file_tags", "Extra File", "status_message", "city permit");
        service.upload(org, pro, "bill.pdf", "b".getBytes(StandardCharsets.UTF_8), "file_tags", "Extra File", "status_message", "utility bill");
        service.upload(org, pro, "photo.jpg", "c".getBytes(StandardCharsets.UTF_8), "status_message", "roof photo");
        browser.signInWithPassword(pro, org);

        new Select(browser.find("#filter-tags")).selectByVisibleText("Extra File");
        browser.rerendering(() -> browser.find("#filters button[type=submit]").click());
        assertThat(browser.titles()).containsExactlyInAnyOrder("permit.pdf", "bill.pdf");

        browser.type("filter-search", "permit");
        browser.rerendering(() -> browser.find("#filter-search").sendKeys(Keys.ENTER));
        assertThat(browser.titles()).containsExactly("permit.pdf");

        new Select(browser.find("#filter-tags")).deselectAll();
        new Select(browser.find("#filter-exclude")).selectByVisibleText("Extra File");
        browser.type("filter-search", "");
        browser.rerendering(() -> browser.find("#filters button[type=submit]").click());
        assertThat(browser.titles()).containsExactly("photo.jpg");
    }

    @Test
    void paging_shows_the_total_count_and_moves_between_pages() {
        for (int i = 1; i <= 12; i++) {
            service.upload(org, pro, "file-" + i + ".txt", new byte[] {(byte) i});
        }
        browser.signInWithPassword(pro, org);
        new Select(browser.find("#page-size")).selectByValue("10");
        browser.waitForFilesTable();
        browser.wait.until(d -> browser.titles().size() == 10);

        assertThat(browser.find("#files-table caption").getText()).isEqualTo("12 files");
        assertThat(browser.find("#page-status").getText()).isEqualTo("Page 1 of 2");
        browser.rerendering(() -> browser.driver.findElement(By.xpath("//button[text()='Next page']")).click());
        assertThat(browser.titles()).containsExactly("file-2.txt", "file-1.txt");
    }

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
    void the_projects_page_lists_the_viewable_projects_with_their_files_and_a_file_opens_its_details() {
        var roof = service.core.administration().createProject(org, "Roof");
        service.core.administration().createProject(org, "Garage");
        service.upload(org, pro, "plan.pdf", "plan".getBytes(StandardCharsets.UTF_8), "project", Long.toString(roof.id().value()));
        browser.signInWithPassword(pro, org);
        browser.find("#nav a[data-route=projects]").click();

        var project = browser.find("section.project[data-project-id='" + roof.id().value() + "']");
        assertThat(project.findElement(By.tagName("h2")).getText()).isEqualTo("Roof");
        assertThat(project.findElement(By.cssSelector("tbody td a")).getText()).isEqualTo("plan.pdf");
        assertThat(browser.driver.findElements(By.cssSelector("section.project"))).hasSize(2);
        browser.screenshot("projects");

        project.findElement(By.cssSelector("tbody td a")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("detail-title"), "plan.pdf"));
    }

    @Test
    void every_page_passes_axe_core_without_serious_or_critical_violations() {
        var roof = service.core.administration().createProject(org, "Roof");
        JsonNode file = service.upload(org, pro, "plan.pdf", "plan".getBytes(StandardCharsets.UTF_8),
                "project", Long.toString(roof.id().value()), "file_tags", "Extra File");
        browser.openFresh();
        assertThat(browser.seriousAccessibilityViolations()).as("sign-in page").isEmpty();

        browser.signInWithPassword(pro, org);
        assertThat(browser.seriousAccessibilityViolations()).as("files page").isEmpty();
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();
        browser.type("edit-title", " ");
        browser.find("#edit button[type=submit]").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-title-error")));
        assertThat(browser.seriousAccessibilityViolations()).as("files page with the detail pane and a field error").isEmpty();

        browser.find("#nav a[data-route=projects]").click();
        browser.find("section.project");
        assertThat(browser.seriousAccessibilityViolations()).as("projects page").isEmpty();

        browser.driver.executeScript("document.querySelector('main').append(Object.assign(document.createElement('input'), {id: 'unlabelled'}));");
        assertThat(browser.seriousAccessibilityViolations()).as("the check itself, on an unlabelled input").anyMatch(v -> v.startsWith("label: #unlabelled"));
    }

    @Test
    void on_a_narrow_window_the_files_page_needs_no_sideways_scrolling_and_the_detail_pane_comes_first() {
        JsonNode file = service.upload(org, pro, "a-file-with-a-rather-long-name-for-a-phone.pdf", "x".getBytes(StandardCharsets.UTF_8),
                "file_tags", "Extra File");
        browser.resize(390, 844);
        browser.signInWithPassword(pro, org);
        browser.screenshot("files-narrow");
        browser.find("#files-table tr[data-file-id='" + file.get("id").asLong() + "'] button.link").click();
        browser.find("#detail-title");

        Object overflow = browser.driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Object detailAboveTable = browser.driver.executeScript(
                "return document.getElementById('detail').getBoundingClientRect().top < document.getElementById('files-table').getBoundingClientRect().top;");
        assertThat(detailAboveTable).isEqualTo(true);
        browser.screenshot("file-detail-narrow");
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
