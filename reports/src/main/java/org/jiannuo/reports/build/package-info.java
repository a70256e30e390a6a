/**
 * {@link org.jiannuo.reports.build.TemplateCompiler}: compiles the {@code .jrxml} templates to {@code .jasper} at
 * build time.
 */
package org.jiannuo.reports.build;
