package org.jiannuo.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.application.account.ApiTokenView;
import org.jiannuo.application.account.ApiTokens;
import org.jiannuo.application.account.NewApiToken;
import org.jiannuo.application.account.PasswordChange;
import org.jiannuo.interfaces.security.SessionPrincipal;
import org.jiannuo.interfaces.web.Messages;
import org.jiannuo.interfaces.web.PageActions;

/**
 * 我的账号: change one's own password (the first sign-in with a one-time password lands here and goes
 * nowhere else until it is done), and one's personal API tokens.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient PasswordChange passwordChange;

    @EJB
    private transient ApiTokens apiTokens;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;
    private String tokenName;
    private int tokenDays = 90;
    private NewApiToken createdToken;
    private List<ApiTokenView> tokens;

    @PostConstruct
    void load() {
        tokens = apiTokens.list();
    }

    public String change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Messages.error("password.repeatDiffers");
            return null;
        }
        AuthenticatedAccount changed = PageActions.call(() -> passwordChange.change(currentPassword, newPassword));
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
        if (changed == null) {
            return null;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        SessionPrincipal.replace(SecurityUtils.getSubject(), changed,
                (HttpServletRequest) context.getExternalContext().getRequest(),
                (HttpServletResponse) context.getExternalContext().getResponse());
        context.getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("password.changed");
        return "/index?faces-redirect=true";
    }

    public void createToken() {
        createdToken = PageActions.call(() -> apiTokens.create(tokenName, tokenDays));
        if (createdToken != null) {
            tokenName = null;
            tokens = apiTokens.list();
        }
    }

    public void revoke(ApiTokenView token) {
        if (PageActions.run(() -> apiTokens.revoke(token.id()), "tokens.revoked", token.name())) {
            tokens = apiTokens.list();
        }
    }

    public boolean isMustChange() {
        return SecurityUtils.getSubject().getPrincipals().oneByType(AuthenticatedAccount.class).mustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public int getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(int tokenDays) {
        this.tokenDays = tokenDays;
    }

    public NewApiToken getCreatedToken() {
        return createdToken;
    }

    public List<ApiTokenView> getTokens() {
        return tokens;
    }
}
