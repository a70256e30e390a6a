package org.jiannuo.reports;

/**
 * One item of a 公开承诺书. Rows of one owner come together; each owner's letter starts a page.
 *
 * @param ownerKey  tells owners apart (a person's and a unit's letters never share one)
 * @param ownerLine who commits, as the letter names them ("承诺人：张三　所在党组织：东岭村党支部")
 * @param status    the item's state in words (已公开 / 已备案)
 * @param qr        the owner's living page on the public board, printed as a QR code at the foot of the letter
 */
public record CommitmentLetterRow(String ownerKey, String ownerLine, String reviewerLine, int number, String category,
        String content, String measures, String dueDate, String status, QrCode qr) {

    /** The address the QR code leads to, printed beside it for those who type it. */
    public String url() {
        return qr.text();
    }
}
