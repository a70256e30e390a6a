/**
 * Who may do what: {@link org.jiannuo.application.security.Authorization} gives the logged-in account's
 * {@link org.jiannuo.application.security.AccessScope} (its grants over subtrees), which every service asks before it
 * reads or changes anything; {@link org.jiannuo.application.security.AccountGrants} reads the posts behind the grants;
 * {@link org.jiannuo.application.security.LoginThrottle} stands before the password hash. A refusal is an
 * {@link org.jiannuo.application.security.AccessDeniedException}.
 */
package org.jiannuo.application.security;
