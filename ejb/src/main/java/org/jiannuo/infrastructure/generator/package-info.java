/**
 * Generated counties: {@link org.jiannuo.infrastructure.generator.CountyGenerator} builds the county of a plan and seed,
 * the same every time, into a {@link org.jiannuo.infrastructure.generator.CountySink}: the database
 * ({@link org.jiannuo.infrastructure.generator.CountyProvisioning}) or CSV files ({@code CountyCsvExport}); the demo's
 * living year and the benchmarks' year of activity are made here too, through the domain's own steps. Used by the demo
 * installer, the test fixtures and the benchmarks, never by the screens.
 */
package org.jiannuo.infrastructure.generator;
