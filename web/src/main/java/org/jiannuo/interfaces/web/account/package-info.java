/**
 * The screens 账号管理 ({@code accounts.xhtml}: issue, reset, disable, enable, with the issuance's progress) and
 * 我的账号 ({@code password.xhtml}: one's own password and API tokens).
 */
package org.jiannuo.interfaces.web.account;
