package org.jiannuo.application.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jiannuo.domain.model.ballot.BallotKeys;

/**
 * What is kept of the network address a submission to the public board came from (an opinion, an objection):
 * only a keyed hash under the tenant, made with the deployment's application key, enough to count an
 * address's submissions of the last hour against the hourly limit and nothing else. The addresses themselves
 * are never stored.
 */
@ApplicationScoped
public class SenderAddresses {

    @Inject
    BallotKeys keys;

    public String hash(String tenantCode, String address) {
        return keys.codeHash(tenantCode, "sender-address:" + address);
    }
}
