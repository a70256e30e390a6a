package org.jiannuo.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The login form's anti-forgery token. Another site can post a login form too, signing a
 * victim in under the attacker's account; only a form this application served carries the
 * token of the visitor's own session.
 */
@Named("loginForm")
@RequestScoped
public class LoginFormToken {

    public static final String PARAMETER = "loginToken";
    private static final String ATTRIBUTE = LoginFormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The token the form carries, made when the session first shows the form. */
    public String getToken() {
        HttpSession session = request.getSession();
        String token = (String) session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return token;
    }

    static boolean isPresentIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        String sent = request.getParameter(PARAMETER);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
