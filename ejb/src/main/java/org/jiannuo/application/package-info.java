/**
 * The application layer: the use cases, as EJB services that check who may act
 * ({@link org.jiannuo.application.security.Authorization}), load from the domain's repositories, call the entities' rules
 * and store; the rules themselves stay in the domain. Every call runs in one tenant: marked
 * {@link org.jiannuo.application.tenancy.TenantScoped}, or bound explicitly where nobody is logged in yet. This package
 * holds signing in ({@link org.jiannuo.application.AccountAuthentication}, the password hash, failed-login counts), the
 * tenant overview, the standard logins of a provisioned county and {@link org.jiannuo.application.ResultPage}; each
 * sub-package one feature. The application depends on the domain, on JPA for read queries, and on its own ports
 * (tenancy, spreadsheet, {@code Mailer}), never on infrastructure or interfaces ({@code LayeringTest}).
 */
package org.jiannuo.application;
