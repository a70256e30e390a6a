/**
 * Start-up work: the platform tenant and its administrator, the demo county on its first start, and
 * {@link org.jiannuo.infrastructure.startup.StartupFailure}, which ends the JVM when start-up fails where that is set.
 */
package org.jiannuo.infrastructure.startup;
