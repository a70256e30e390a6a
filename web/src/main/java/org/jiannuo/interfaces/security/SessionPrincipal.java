package org.jiannuo.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.apache.shiro.web.subject.WebSubject;
import org.jiannuo.application.AuthenticatedAccount;

/** Puts a rebuilt principal into a signed-in session: after its grants changed, or its holder changed the password. */
public final class SessionPrincipal {

    private SessionPrincipal() {
    }

    /** Stores the account in the session and returns a subject carrying it, for the rest of this request. */
    public static Subject replace(Subject subject, AuthenticatedAccount account, HttpServletRequest request,
            HttpServletResponse response) {
        PrincipalCollection principals = new SimplePrincipalCollection(account,
                subject.getPrincipals().getRealmNames().iterator().next());
        subject.getSession().setAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY, principals);
        WebSubject.Builder builder = new WebSubject.Builder(SecurityUtils.getSecurityManager(), request, response);
        builder.sessionId(subject.getSession().getId()).principals(principals).authenticated(true);
        return builder.buildWebSubject();
    }
}
