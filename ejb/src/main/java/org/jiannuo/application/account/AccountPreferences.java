package org.jiannuo.application.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.domain.model.account.UserAccount;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.application.tenancy.TenantScoped;

/** What the signed-in holder chooses for their own account: the language they read. */
@Stateless
@TenantScoped
public class AccountPreferences {

    @Inject
    Authorization authorization;

    @Inject
    UserAccountRepository accounts;

    /** The language the caller chose ({@code zh} or {@code en}); empty when they never chose. */
    public Optional<String> language() {
        return own().map(UserAccount::getLanguage);
    }

    public void chooseLanguage(String languageTag) {
        own().ifPresent(account -> account.chooseLanguage(languageTag));
    }

    private Optional<UserAccount> own() {
        return accounts.find(authorization.currentScope().account().accountId());
    }
}
