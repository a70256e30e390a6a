/**
 * JPA (EclipseLink) implementations of the domain's repository interfaces, one per area, and the database at start:
 * the connection check, the Flyway migrations ({@code db/migration/common}, and row-level security from
 * {@code db/migration/postgresql}) and which database runs.
 */
package org.jiannuo.infrastructure.persistence;
