package org.privatefiles.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The console's files table and projects page in a real browser: sorting, filters, paging, layout, accessibility. */
class ConsoleFilesBrowserTest extends ConsoleBrowserSession {
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
}
