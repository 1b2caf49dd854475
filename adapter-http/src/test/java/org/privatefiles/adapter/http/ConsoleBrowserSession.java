package org.privatefiles.adapter.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.privatefiles.domain.actor.OrgId;

/** Base of the console's browser tests: one service and one browser per class, a fresh org and pro member per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleBrowserSession {
    ConsoleService service;
    ConsoleBrowser browser;
    OrgId org;
    ConsoleService.User pro;

    @BeforeAll
    void startServiceAndBrowser() {
        service = new ConsoleService();
        browser = ConsoleBrowser.start(service.server);
    }

    @AfterAll
    void stopServiceAndBrowser() {
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
}
