package org.jiannuo.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.ApiToken;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;

/** The caller's own personal API tokens: created (shown once), listed, revoked. */
@Stateless
@TenantScoped
public class ApiTokens {

    @Inject
    Authorization authorization;

    @Inject
    UserAccountRepository accounts;

    public NewApiToken create(String name, int days) {
        UserAccount account = own();
        LocalDateTime now = LocalDateTime.now();
        String token = TokenSecrets.newToken(authorization.currentScope().account().tenantCode());
        ApiToken stored = new ApiToken(account, name, TokenSecrets.hash(token), now, now.plusDays(days));
        accounts.store(stored);
        return new NewApiToken(stored.getId(), stored.getName(), token, stored.getExpiresAt());
    }

    public List<ApiTokenView> list() {
        LocalDateTime now = LocalDateTime.now();
        return accounts.tokensOf(own().getId()).stream().map(token -> ApiTokenView.of(token, now)).toList();
    }

    public void revoke(long tokenId) {
        UserAccount account = own();
        ApiToken token = accounts.findToken(tokenId)
                .filter(found -> found.getAccount().getId().equals(account.getId()))
                .orElseThrow(() -> new AccountNotFoundException(tokenId));
        token.revoke(LocalDateTime.now());
    }

    private UserAccount own() {
        AccessScope scope = authorization.currentScope();
        return accounts.find(scope.account().accountId())
                .orElseThrow(() -> new AccountNotFoundException(scope.account().accountId()));
    }
}
