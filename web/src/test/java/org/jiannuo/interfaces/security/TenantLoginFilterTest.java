package org.jiannuo.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which remembered requests a login may return to: pages, nothing else. */
class TenantLoginFilterTest {

    @Test
    void aPageIsWorthReturningTo() {
        assertTrue(TenantLoginFilter.isPage("GET", "/vote.xhtml", ""));
        assertTrue(TenantLoginFilter.isPage("GET", "/", ""));
        assertTrue(TenantLoginFilter.isPage("GET", "/jiannuo/commitments.xhtml", "/jiannuo"));
    }

    @Test
    void iconsResourcesTheApiAndPostsAreNot() {
        assertFalse(TenantLoginFilter.isPage("GET", "/favicon.ico", ""));
        assertFalse(TenantLoginFilter.isPage("GET", "/apple-touch-icon.png", ""));
        assertFalse(TenantLoginFilter.isPage("GET", "/jakarta.faces.resource/core.js.xhtml", ""));
        assertFalse(TenantLoginFilter.isPage("GET", "/api/v1/me.xhtml", ""));
        assertFalse(TenantLoginFilter.isPage("GET", "/login.xhtml", ""));
        assertFalse(TenantLoginFilter.isPage("POST", "/commitments.xhtml", ""));
        assertFalse(TenantLoginFilter.isPage("GET", "/other/vote.xhtml", "/jiannuo"));
    }
}
