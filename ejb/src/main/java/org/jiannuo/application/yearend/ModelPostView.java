package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A party member model post (党员示范岗) as lists and the certificate show it: the member, their branch, the year
 * of the evaluation, the post title, the issuing organization and the day of designation.
 */
public record ModelPostView(long id, long personId, String name, long unitId, String unitName, int year,
        String title, String issuer, LocalDate designatedOn) implements Serializable {
}
