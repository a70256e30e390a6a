package org.jiannuo.reports;

/**
 * One poster (公示栏海报) of {@link ReportTemplate#BOARD_POSTER}: the unit, its public phone (or null), and a QR code
 * of the unit's living public page.
 */
public record BoardPosterRow(String unitName, String publicPhone, QrCode qr) {

    /** The address the QR code leads to, printed under it for those who type it. */
    public String url() {
        return qr.text();
    }
}
