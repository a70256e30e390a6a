/**
 * The user's language: {@link org.jiannuo.interfaces.i18n.Bundle} reads the texts of {@code messages_zh} and
 * {@code messages_en} (kept in {@code src/main/resources/org/jiannuo/interfaces/web}) for screens, reports, mail and API
 * problems; {@link org.jiannuo.interfaces.i18n.LocaleSelection} says which language a request speaks, Chinese unless the
 * user switched. Shared by the JSF screens and the REST API, so it uses neither.
 */
package org.jiannuo.interfaces.i18n;
