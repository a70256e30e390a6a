package org.jiannuo.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jiannuo.application.CommitteeHeadcount;
import org.jiannuo.application.OrganizationOverviewQuery;
import org.jiannuo.application.TenantOverview;
import org.jiannuo.application.TenantOverviewService;
import org.jiannuo.application.opinion.OpinionDesk;
import org.jiannuo.domain.model.opinion.OpinionCount;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.PartyStatus;

/** The landing page: the tenant's head counts, loaded once per view. */
@Named
@ViewScoped
public class HomePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TenantOverviewService overviewService;

    @EJB
    private OrganizationOverviewQuery organizationOverview;

    @EJB
    private OpinionDesk opinionDesk;

    private TenantOverview overview;
    private List<CommitteeHeadcount> committees;
    private List<OpinionCount> opinionCounts;

    @PostConstruct
    void load() {
        overview = overviewService.overview();
        committees = organizationOverview.headcountsByCommittee();
        opinionCounts = opinionDesk.countsByCommittee();
    }

    public TenantOverview getOverview() {
        return overview;
    }

    /** Open and overdue opinions per committee; empty unless the user oversees the whole tenant. */
    public List<OpinionCount> getOpinionCounts() {
        return opinionCounts;
    }

    public List<CommitteeHeadcount> getCommittees() {
        return committees;
    }

    public long units(OrgUnitType type) {
        return overview.unitsByType().getOrDefault(type, 0L);
    }

    public long people(PartyStatus status) {
        return overview.peopleByStatus().getOrDefault(status, 0L);
    }

    public PartyStatus[] getPartyStatuses() {
        return PartyStatus.values();
    }

    public OrgUnitType[] getUnitTypes() {
        return OrgUnitType.values();
    }
}
