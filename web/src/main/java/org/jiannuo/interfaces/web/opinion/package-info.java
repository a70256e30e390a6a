/**
 * The screen 意见箱 ({@code opinions.xhtml}) where the handling units answer, forward and close opinions and enter
 * those taken on the public phone; paged by the database.
 */
package org.jiannuo.interfaces.web.opinion;
