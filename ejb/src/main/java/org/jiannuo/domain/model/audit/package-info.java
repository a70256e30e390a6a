/**
 * The audit trail: an {@link org.jiannuo.domain.model.audit.AuditEntry} is written in the transaction of the change it
 * records and never updated or deleted; {@code AuditRepository} only adds and reads (on PostgreSQL a trigger also refuses
 * UPDATE and DELETE).
 */
package org.jiannuo.domain.model.audit;
