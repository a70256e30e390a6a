/**
 * The screen 组织架构 ({@code units.xhtml}): the tree a level per click, unit changes and posts.
 */
package org.jiannuo.interfaces.web.organization;
