/**
 * Account keeping: issuing accounts to the people of the roster in batches
 * ({@link org.jiannuo.application.account.AccountIssuance}), listing, resetting, disabling and enabling them
 * ({@link org.jiannuo.application.account.AccountAdministration}), one's own password and personal API tokens. One-time
 * passwords and token secrets exist in clear only in the objects handed back for printing or showing once.
 */
package org.jiannuo.application.account;
