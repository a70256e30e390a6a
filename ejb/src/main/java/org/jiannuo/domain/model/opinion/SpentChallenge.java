package org.jiannuo.domain.model.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A solved challenge that was used once, kept until it expires so that its solution is refused a second
 * time on any node. It names no tenant and no writer: challenges are handed out before either is known.
 */
@Entity
@Table(name = "spent_challenge")
public class SpentChallenge {

    @Id
    private String challenge;

    /** Seconds since the epoch: no time zone to get wrong between the nodes and the database. */
    @Column(name = "expires_at", nullable = false)
    private long expiresAt;

    protected SpentChallenge() {
    }

    public SpentChallenge(ProofOfWork.Solved solved) {
        this.challenge = solved.challenge();
        this.expiresAt = solved.expires().getEpochSecond();
    }

    public String getChallenge() {
        return challenge;
    }
}
