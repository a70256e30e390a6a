package org.jiannuo.reports;

/**
 * One item of a 公开承诺书. Rows of one owner come together; each owner's letter starts a page.
 *
 * @param ownerKey  tells owners apart (a person's and a unit's letters never share one)
 * @param ownerLine who commits, as the letter names them ("承诺人：张三　所在党组织：东岭村党支部")
 * @param status    the item's state in words (已公开 / 已备案)
 */
public record CommitmentLetterRow(String ownerKey, String ownerLine, String reviewerLine, int number, String category,
        String content, String measures, String dueDate, String status) {
}
