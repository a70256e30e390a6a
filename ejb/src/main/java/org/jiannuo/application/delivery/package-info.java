/**
 * Report subscriptions and their delivery: the department's subscriptions, the runs that generate a period's
 * documents a chunk at a time with a checkpoint (the job repository), the mail with its retries, and each
 * recipient's inbox. Documents are generated on behalf of each recipient's post, so the services limit them to
 * the recipient's own unit or subtree as they limit the recipient's own requests.
 *
 * <p>The batch keeps its own job repository ({@code delivery_run}) rather than Payara's Jakarta Batch runtime: that
 * runtime stores its jobs in a server JDBC resource named by {@code set-batch-runtime-configuration} (the timer pool
 * by default), not in the data source the application itself defines for H2, PostgreSQL and the Arquillian
 * deployment, and it commits a checkpoint apart from the chunk's rows. Here the checkpoint is a column of the run,
 * committed in the transaction that stores the chunk's deliveries.
 */
package org.jiannuo.application.delivery;
