package org.jiannuo.application;

import java.io.Serializable;
import java.util.Map;
import org.jiannuo.domain.model.person.PartyStatus;

/** A top-level committee with the number of branches and of people by party status in its subtree. */
public record CommitteeHeadcount(long committeeId, String committee, long branches, Map<PartyStatus, Long> people) implements Serializable {

    public long count(PartyStatus status) {
        return people.getOrDefault(status, 0L);
    }
}
