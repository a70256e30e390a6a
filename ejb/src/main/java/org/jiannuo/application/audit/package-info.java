/**
 * The audit trail as a service: {@link org.jiannuo.application.audit.AuditTrail} records a change in the same
 * transaction as the change, so both commit or neither; {@link org.jiannuo.application.audit.AuditLog} lets the department
 * admin read it, filtered and paged by the database.
 */
package org.jiannuo.application.audit;
