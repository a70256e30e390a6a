/**
 * Account jobs that the screens and the API share: {@link org.jiannuo.interfaces.account.AccountIssuing} runs an
 * issuance in the background with its progress, mails people their login and
 * {@link org.jiannuo.interfaces.account.LoginSlips} prints the slips. Uses neither the JSF nor the REST package.
 */
package org.jiannuo.interfaces.account;
