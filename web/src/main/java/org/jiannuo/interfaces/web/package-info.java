/**
 * The JSF screens (PrimeFaces): one small {@code @ViewScoped} bean per screen in a sub-package per area, talking to
 * application services and their views, never to the {@code EntityManager};
 * {@link org.jiannuo.interfaces.web.PageActions} turns a broken rule or a refusal into a message in the user's language.
 * Here: what every page uses (the current user, messages, the language switch, lazy-table filters). Never used by the
 * REST API.
 */
package org.jiannuo.interfaces.web;
