/**
 * Report subscriptions and their delivery: the department's subscriptions, the runs that generate a period's
 * documents a chunk at a time with a checkpoint (the job repository), the mail with its retries, and each
 * recipient's inbox. Documents are generated on behalf of each recipient's post, so the services limit them to
 * the recipient's own unit or subtree as they limit the recipient's own requests.
 */
package org.jiannuo.application.delivery;
