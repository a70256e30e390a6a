package org.jiannuo.application.yearend;

import java.io.Serializable;
import java.time.LocalDate;
import org.jiannuo.domain.model.yearend.Campaign;

/** A campaign as the caller sees it. */
public record CampaignView(long id, int year, LocalDate startsOn, LocalDate endsOn, long version)
        implements Serializable {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.getId(), campaign.getYear(), campaign.getStartsOn(), campaign.getEndsOn(),
                campaign.getVersion());
    }
}
