package org.jiannuo.domain.model.publicity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * How something published (a grade, a year-end result) stands with its objections: how many are open, holding it
 * under objection, and when one was last answered, so that the board says it was reviewed.
 */
@Embeddable
public class ObjectionTally {

    @Column(name = "open_objections", nullable = false)
    private int open;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    void lodged() {
        open++;
    }

    void answered(LocalDateTime at) {
        open = Math.max(0, open - 1);
        reviewedAt = at;
    }

    public int open() {
        return open;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }
}
