/**
 * The screen 审计日志 ({@code audit.xhtml}): the audit trail, read-only, paged by the database.
 */
package org.jiannuo.interfaces.web.audit;
