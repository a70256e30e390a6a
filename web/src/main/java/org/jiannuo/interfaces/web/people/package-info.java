/**
 * The screens 人员名册 ({@code people.xhtml}, paged by the database) and 人员信息 ({@code person.xhtml}: edit,
 * transfer, posts, leaving the roster).
 */
package org.jiannuo.interfaces.web.people;
