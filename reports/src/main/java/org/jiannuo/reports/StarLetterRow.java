package org.jiannuo.reports;

/**
 * One aspect of a 创星目标责任书: its name, its standard, the most stars it gives and the stars aimed for, drawn as
 * ★ (aimed) and ☆ (the rest up to the most).
 */
public record StarLetterRow(String aspect, String standard, String stars) {
}
