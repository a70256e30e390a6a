package org.jiannuo.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which answers may be cached, and what the policy lets run. */
class SecurityHeadersFilterTest {

    @Test
    void resourcesAndThePublicBoardSayThemselvesHowTheyAreCached() {
        assertTrue(SecurityHeadersFilter.isCacheable("/jakarta.faces.resource/core.js.xhtml"));
        assertTrue(SecurityHeadersFilter.isCacheable("/resources/css/app.css"));
        assertTrue(SecurityHeadersFilter.isCacheable("/favicon.ico"));
        assertTrue(SecurityHeadersFilter.isCacheable("/board"));
        assertTrue(SecurityHeadersFilter.isCacheable("/board/demo"));
        assertTrue(SecurityHeadersFilter.isCacheable("/api/v1/public/board/demo"));
    }

    @Test
    void pagesTheApiAndTheBallotAreNot() {
        assertFalse(SecurityHeadersFilter.isCacheable("/index.xhtml"));
        assertFalse(SecurityHeadersFilter.isCacheable("/api/v1/me"));
        assertFalse(SecurityHeadersFilter.isCacheable("/api/v1/public/ballot"));
        assertFalse(SecurityHeadersFilter.isCacheable("/ballot.xhtml"));
        assertFalse(SecurityHeadersFilter.isCacheable("/boarding.xhtml"));
        assertFalse(SecurityHeadersFilter.isCacheable("/metrics"));
    }

    @Test
    void onlyThePagesOwnNoncedScriptsRunInline() {
        String page = SecurityHeadersFilter.policy("abc123");
        assertTrue(page.contains("script-src 'self' 'nonce-abc123';"), page);
        assertFalse(page.contains("unsafe-eval"), page);
        String other = SecurityHeadersFilter.policy(null);
        assertTrue(other.contains("script-src 'self';"), other);
        assertFalse(other.contains("nonce"), other);
    }
}
