/**
 * The screens 承诺事项 ({@code commitments.xhtml}, with what is due and the reminders), 承诺审核
 * ({@code review.xhtml}) and 承诺规则 ({@code rules.xhtml}).
 */
package org.jiannuo.interfaces.web.commitment;
