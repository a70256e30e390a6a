/**
 * The screen 租户管理 ({@code tenants.xhtml}) of the platform administrator.
 */
package org.jiannuo.interfaces.web.tenant;
