package org.jiannuo.application.stars;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.stars.BasicPost;
import org.jiannuo.domain.model.stars.PostClaim;

/** A claimed post: a basic one ({@code basicPost}) or a township's ({@code postName}), with the duty taken on. */
public record ClaimView(long id, int year, BasicPost basicPost, String postName, String duty, LocalDate claimedOn)
        implements Serializable {

    static ClaimView of(PostClaim claim) {
        return new ClaimView(claim.getId(), claim.getYear(), claim.getBasicPost(),
                claim.getDutyPost() == null ? null : claim.getDutyPost().getName(), claim.getDuty(), claim.getClaimedOn());
    }
}
