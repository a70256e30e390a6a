package org.jiannuo.application.opinion;

import java.time.LocalDate;

/** What the writer is given once: the tracking code to read the reply with, and the day the answer is due. */
public record OpinionReceipt(String trackingCode, LocalDate answerDue) {
}
