/**
 * The public phone page of participation codes ({@code ballot.xhtml}): the only screen without a login.
 */
package org.jiannuo.interfaces.web.ballot;
