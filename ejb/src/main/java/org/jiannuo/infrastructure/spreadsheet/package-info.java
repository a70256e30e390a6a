/**
 * CSV and XLSX behind the application's {@code TableFiles} port
 * ({@link org.jiannuo.infrastructure.spreadsheet.CsvXlsxTableFiles}): {@link org.jiannuo.infrastructure.spreadsheet.TableReader}
 * picks the reader and refuses unusable files; the CSV reader finds UTF-8 or GB18030 by itself, the XLSX reader streams
 * the sheet; the writers write CSV with a byte order mark for Excel and XLSX with text cells only, streamed.
 */
package org.jiannuo.infrastructure.spreadsheet;
