/**
 * Report subscriptions and their delivery: which report goes to which post holders and when
 * ({@link org.jiannuo.domain.model.delivery.Subscription}), the run that generates one period's documents
 * ({@link org.jiannuo.domain.model.delivery.DeliveryRun}, the job repository) and each document delivered to one
 * recipient ({@link org.jiannuo.domain.model.delivery.Delivery}, unique per subscription, period and recipient).
 */
package org.jiannuo.domain.model.delivery;
