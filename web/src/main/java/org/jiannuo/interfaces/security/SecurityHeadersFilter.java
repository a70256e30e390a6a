package org.jiannuo.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first filter of every request and error dispatch (pages, the API, resources, health, metrics and the
 * container's own error answers): the headers that keep a browser from being turned against the application.
 *
 * <p>The Content-Security-Policy allows scripts of this origin only. A page rendered by PrimeFaces also runs its
 * own inline scripts: in its CSP mode ({@code primefaces.CSP} in web.xml) PrimeFaces moves every inline handler
 * into scripts that carry a nonce of the page and announces that nonce in a policy header of its own. That header
 * is taken here and replaced by this policy with the nonce added, so a page has one policy, this one. Styles may
 * be inline: PrimeFaces writes style attributes, and styles run no code.
 *
 * <p>Every answer is kept from caches ({@code no-store}: pages and API answers are personal) except the static
 * resources and the public board, whose handlers say themselves how they may be cached.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    /** The policy; a nonce lets the page's own PrimeFaces scripts run, and nothing else inline. */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'")
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean cacheable = isCacheable(request.getRequestURI().substring(request.getContextPath().length()));
        HardenedResponse hardened = new HardenedResponse(response, cacheable);
        hardened.apply();
        chain.doFilter(request, hardened);
    }

    /** Static resources, and the public board with its own API, which set their own caching. */
    static boolean isCacheable(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || "/favicon.ico".equals(path) || "/board".equals(path) || path.startsWith("/board/")
                || path.startsWith("/api/v1/public/board");
    }

    /** Keeps the headers through a reset (a download resets the response) and merges PrimeFaces' policy. */
    private static final class HardenedResponse extends HttpServletResponseWrapper {

        private final boolean cacheable;

        HardenedResponse(HttpServletResponse response, boolean cacheable) {
            super(response);
            this.cacheable = cacheable;
        }

        void apply() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setHeader(CSP, policy(null));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            // The full address only to this origin (a ballot's address carries its code), none to any other.
            response.setHeader("Referrer-Policy", "same-origin");
            // A photo comes from the camera through the file chooser, which needs none of these.
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            if (!cacheable) {
                response.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, merged(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, merged(name, value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static String merged(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) || value == null) {
                return value;
            }
            Matcher nonce = NONCE.matcher(value);
            return policy(nonce.find() ? nonce.group(1) : null);
        }
    }
}
