package org.jiannuo.reports;

import java.awt.Image;

/**
 * One participation slip: the code, the address of the phone page it opens and that address as a QR
 * code. Nothing on it names the person who will hold it.
 */
public record ParticipationSlipRow(String code, String url, Image qr) {
}
