/**
 * Report adapters: fill the templates of the {@code reports} module from the application's data, in the reader's
 * language or, for documents posted in China, in Chinese whatever the language. Shared by the JSF screens and the REST
 * API, so they use neither; the templates, styles and renderer are in {@code org.jiannuo.reports}.
 */
package org.jiannuo.interfaces.report;
