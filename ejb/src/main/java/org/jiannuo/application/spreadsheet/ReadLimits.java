package org.jiannuo.application.spreadsheet;

/**
 * How much of an uploaded file is read before it is refused: its size on disk, its rows with
 * content, and how far right a cell with content may lie (the first column is 1).
 */
public record ReadLimits(long maxBytes, int maxRows, int maxColumns) {
}
