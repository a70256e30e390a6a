package org.jiannuo.application.spreadsheet;

/** How large an uploaded file may be before it is refused unread. */
public record ReadLimits(long maxBytes, int maxRows) {
}
