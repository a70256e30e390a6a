/**
 * The REST API under {@code /api/v1} (JAX-RS): one resource per area calling the application's services; failures
 * become RFC 9457 problem JSON in the caller's language ({@link org.jiannuo.interfaces.rest.ProblemMappers}). Uses the
 * i18n, report and account packages, never the JSF package ({@code InterfacesLayeringTest}).
 *
 * <p>A resource is one instance for the application ({@code @ApplicationScoped}): made per request, as JAX-RS does by
 * default, each call looked its service beans up in JNDI and had Jersey analyse the class for injection again, a
 * tenth of the server's processor time on the people list. What it is handed per request ({@code @Context} headers or
 * servlet request) Jersey injects as proxies to the current request. {@link PublicBoardResource} takes its tenant from
 * the path into a field, so it stays per request.
 */
package org.jiannuo.interfaces.rest;
