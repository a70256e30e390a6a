/**
 * Importing and exporting the roster: {@link org.jiannuo.application.importing.RosterImport} reads a CSV or XLSX file
 * through the spreadsheet port, checks every row and previews, or applies the whole file in one transaction (all rows or
 * none); {@link org.jiannuo.application.importing.RosterExport} writes the same format, so an export imports back
 * unchanged. The columns, their Chinese headers and the words of the cells are defined here once.
 */
package org.jiannuo.application.importing;
