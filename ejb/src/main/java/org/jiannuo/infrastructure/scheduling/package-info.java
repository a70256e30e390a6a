/**
 * {@link org.jiannuo.infrastructure.scheduling.DailySweepTimer}: starts the daily sweep at {@code jiannuo.sweep.time} on
 * every node; the sweep itself acts once however often it runs.
 */
package org.jiannuo.infrastructure.scheduling;
