package org.jiannuo.it.security;

import org.jiannuo.it.support.BrowserSupport;
import org.jiannuo.it.support.BrowserTestBase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy as a browser enforces it: a script slipped into a page (what a cross-site scripting hole would do)
 * does not run and is reported, which is also what lets every browser test fail on a refusal, while the page's
 * own PrimeFaces scripts, started from scripts carrying the page's nonce, run.
 */
class SecurityHeadersBrowserIT extends BrowserTestBase {

    @Test
    void anInjectedInlineScriptIsRefusedAndThePagesOwnScriptsRun() throws Exception {
        browser = BrowserSupport.start(375, 740);
        BrowserSupport.logInToDemo(browser, deploymentUrl, "admin");
        browser.get(deploymentUrl + "people.xhtml");
        assertEquals(List.of(), BrowserSupport.policyRefusals(browser), "the page itself runs within the policy");
        assertEquals(Boolean.TRUE, browser.executeScript("return !!(window.PF && PF('peopleTable'));"),
                "the page's widgets were started by its nonced scripts");

        browser.executeScript("const injected = document.createElement('script');"
                + "injected.textContent = 'window.injected = true;'; document.body.appendChild(injected);"
                + "const handler = document.createElement('img'); handler.setAttribute('onerror', 'window.handled = true');"
                + "handler.src = 'data:,'; document.body.appendChild(handler);");
        Thread.sleep(500);
        assertNull(browser.executeScript("return window.injected;"), "an inline script without the nonce");
        assertNull(browser.executeScript("return window.handled;"), "an inline handler");
        List<String> refused = BrowserSupport.policyRefusals(browser);
        assertFalse(refused.isEmpty(), "the console reports the refusals");
        assertTrue(refused.stream().anyMatch(message -> message.contains("script-src")), refused.toString());
    }
}
