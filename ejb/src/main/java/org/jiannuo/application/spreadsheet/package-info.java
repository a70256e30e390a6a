/**
 * The port for table files: the application reads an uploaded CSV or XLSX file as a
 * {@link org.jiannuo.application.spreadsheet.Table} of rows and writes exports through a
 * {@link org.jiannuo.application.spreadsheet.TableWriter}, both through
 * {@link org.jiannuo.application.spreadsheet.TableFiles}. Encodings, workbooks and streaming are the adapter's, in
 * {@code infrastructure.spreadsheet}. An unusable file is refused with a {@code RuleViolation}.
 */
package org.jiannuo.application.spreadsheet;
