package org.jiannuo.domain.model.account;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    /**
     * The account with what its grants are made of (its person and the person's unit, or its own unit) in one
     * statement: a session reads it again on every request, and each of these would otherwise be a statement of
     * its own.
     */
    Optional<UserAccount> findForGrants(long id);

    Optional<UserAccount> findByUsername(String username);

    /** The account of a person whose mobile number this is; empty also when two people share the number. */
    Optional<UserAccount> findByMobile(String mobile);

    Optional<UserAccount> findByPerson(long personId);

    /**
     * Whether a stored account has this username. Accounts the caller's transaction made and has not written
     * yet are not looked at: checking them would write them first, one statement per name asked about, and
     * the caller knows the names it gave out itself.
     */
    boolean isTaken(String username);

    /** Which of these people have an account already. */
    Set<Long> peopleWithAccounts(Collection<Long> personIds);

    void store(UserAccount account);

    /**
     * Adds one to the account's wrong passwords in a row in the database itself, so that concurrent
     * failures are each counted, and returns the new count.
     */
    int countFailedLogin(long accountId);

    void delayLoginsUntil(long accountId, LocalDateTime until);

    List<UserAccount> findAll(Collection<Long> ids);

    void store(ApiToken token);

    Optional<ApiToken> findToken(long id);

    Optional<ApiToken> findTokenBySecretHash(String secretHash);

    /**
     * Notes a successful sign-in: the failure count and delay are cleared and the time kept. A plain update,
     * not a versioned change of the account, so that concurrent sign-ins of one account (an API client's
     * parallel calls) never fail on one another.
     */
    void noteLogin(long accountId, LocalDateTime now);

    /** Notes the token's use unless a use after {@code since} was noted already; a plain update, as above. */
    void noteTokenUse(long tokenId, LocalDateTime now, LocalDateTime since);

    /** The account's tokens, newest first. */
    List<ApiToken> tokensOf(long accountId);
}
