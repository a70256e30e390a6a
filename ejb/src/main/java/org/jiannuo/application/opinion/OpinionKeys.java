package org.jiannuo.application.opinion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.ballot.BallotKeys;
import org.jiannuo.domain.model.opinion.TrackingCode;

/**
 * The keyed hashes of the suggestion box, made with the deployment's one application key (the key behind
 * ballot receipts, which never enters the database and is the same on every node) under labels of their own,
 * so that none can stand for a ballot code or for another: a tracking code, a challenge.
 */
@ApplicationScoped
public class OpinionKeys {

    /** No tenant code is empty: a label under it cannot meet a participation code's hash. */
    private static final String NO_TENANT = "";

    @Inject
    BallotKeys keys;

    public String trackingHash(String tenantCode, TrackingCode code) {
        return keys.codeHash(tenantCode, "opinion-tracking:" + code.canonical());
    }

    public String challengeSignature(String challenge) {
        return keys.codeHash(NO_TENANT, "opinion-challenge:" + challenge);
    }
}
