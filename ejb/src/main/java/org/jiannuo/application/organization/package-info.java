/**
 * The organization tree as screens and the API use it: {@link org.jiannuo.application.organization.OrganizationTree}
 * (create, rename, move, merge, dissolve, read a level at a time) and {@link org.jiannuo.application.organization.Posts}
 * (appoint, replace and end the posts people hold, which changes their accounts' grants).
 */
package org.jiannuo.application.organization;
