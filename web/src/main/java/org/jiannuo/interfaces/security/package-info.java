/**
 * Apache Shiro: the realm that checks logins through the application ({@link org.jiannuo.interfaces.security.AccountRealm}),
 * the login form with its tenant code and per-session token, and the filters that re-read the account on every page
 * request, authenticate API calls by token or basic and keep the API sessionless.
 */
package org.jiannuo.interfaces.security;
