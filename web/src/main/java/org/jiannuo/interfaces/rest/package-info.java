/**
 * The REST API under {@code /api/v1} (JAX-RS): one resource per area calling the application's services; failures
 * become RFC 9457 problem JSON in the caller's language ({@link org.jiannuo.interfaces.rest.ProblemMappers}). Uses the
 * i18n, report and account packages, never the JSF package ({@code InterfacesLayeringTest}).
 */
package org.jiannuo.interfaces.rest;
