package org.jiannuo.application.stars;

import java.time.LocalDate;

/** A 七一 commendation certificate: the member, their branch, the issuing township, the year and their stars. */
public record StarCertificate(long personId, String name, String unitName, String issuer, int year, int total,
        int cap, LocalDate issuedOn) {
}
