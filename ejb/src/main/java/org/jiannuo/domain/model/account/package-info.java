/**
 * Login accounts of a tenant and what they may do: {@link org.jiannuo.domain.model.account.UserAccount} with the
 * grants ({@link org.jiannuo.domain.model.account.Grant}, {@link org.jiannuo.domain.model.account.Role}) that
 * {@link org.jiannuo.domain.model.account.PostGrants} derives from the posts a person holds, personal API tokens, and the
 * password rules (policy, common passwords, one-time passwords, lock-out, username scheme). Uses organization and person
 * for the posts and the person behind an account; stored through {@code UserAccountRepository}.
 */
package org.jiannuo.domain.model.account;
