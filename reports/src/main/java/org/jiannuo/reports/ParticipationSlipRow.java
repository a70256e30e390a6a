package org.jiannuo.reports;

/**
 * One participation slip (参与码) of {@link ReportTemplate#PARTICIPATION_SLIPS}: a one-time code that lets its bearer
 * take part once, anonymously, in a ballot, and a QR code of the address that takes the code. Nothing on it names
 * a person.
 *
 * @param title    the slip's heading, usually the organization (东岭村党支部)
 * @param subtitle what the code is for (2026年11月组织生活会 民主测评), or null
 * @param code     the one-time code, as it is typed
 * @param qr       the address that takes the code, usually with the code in it
 */
public record ParticipationSlipRow(String title, String subtitle, String code, QrCode qr) {

    /** The address the QR code leads to, printed under it for those who type it. */
    public String url() {
        return qr.text();
    }
}
