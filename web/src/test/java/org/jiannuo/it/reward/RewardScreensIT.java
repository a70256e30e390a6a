package org.jiannuo.it.reward;

import static org.jiannuo.it.support.YearEndDriver.lastDay;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.ballot.CodeBallots;
import org.jiannuo.application.ballot.Occasions;
import org.jiannuo.application.yearend.BranchEvaluationView;
import org.jiannuo.application.yearend.BranchEvaluations;
import org.jiannuo.application.yearend.CampaignView;
import org.jiannuo.application.yearend.Campaigns;
import org.jiannuo.application.yearend.MemberLine;
import org.jiannuo.application.yearend.Rewards;
import org.jiannuo.application.yearend.YearEndSettings;
import org.jiannuo.domain.model.yearend.AnnualGrade;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.jiannuo.it.support.YearEndDriver;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What follows a branch's published year-end on the screens and over the API (issue 13, points 3 and 4): the
 * unqualified member reads and reports their personal rectification on a 375×740 phone; the branch secretary reads
 * the branch's annual summary with its figures and charts; {@code /api/v1/annual-summary} and its PDF and XLSX
 * export answer the branch secretary with the same figures, and refuse a member, another tenant's department and an
 * anonymous caller. The year-end up to publication is set up through the services, as {@code YearEndBrowserIT}
 * drives it through its screens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RewardScreensIT extends StandardUsersTestBase {

    /** Fixed: the client's test, run in the test's own process, reads the same tenant. */
    private static final String TENANT = "it-yereward";

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    YearEndSettings settings;

    @EJB
    Campaigns campaigns;

    @EJB
    BranchEvaluations branches;

    @EJB
    Occasions occasions;

    @EJB
    CodeBallots codeBallots;

    @EJB
    Rewards rewards;

    /** The member unqualified and ordered to rectify, another member excellent and designated a model post. */
    @Test
    @Order(1)
    void aPublishedYearEndWithItsRewards() throws Exception {
        signInStandardUsers(TENANT, 89);
        otherTenantAdmin();
        LocalDate today = LocalDate.now();
        long unitId = branchSecretary.account().scopeUnitId();
        long memberId = member.account().personId();
        long secretaryId = branchSecretary.account().personId();
        // Half may be excellent here, so that the fixture's branch has one.
        admin.call(() -> settings.change(new YearEndSettings.Settings(80, 50)));
        CampaignView campaign = admin.call(() -> campaigns.open(today.getYear(), today, lastDay(today)));
        BranchEvaluationView started = branchSecretary.call(() -> branches.start(campaign.id(), unitId));
        List<MemberLine> others = started.members().stream()
                .filter(line -> line.personId() != memberId && line.personId() != secretaryId).toList();
        assertTrue(!others.isEmpty(), "the fixture's branch has members besides the standard ones");
        long excellentId = others.get(0).personId();
        BranchEvaluationView published = new YearEndDriver(branches, occasions, codeBallots).publish(TENANT, started,
                branchSecretary, committeeSecretary, member, Map.of(excellentId, AnnualGrade.EXCELLENT,
                        memberId, AnnualGrade.UNQUALIFIED));
        branchSecretary.call(() -> rewards.designate(published.id(), excellentId, "便民服务示范岗"));
        branchSecretary.call(() -> rewards.order(published.id(), memberId, "践诺不力，群众意见较大，限期整改",
                today.plusDays(30)));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theMemberRectifiesOnAPhoneAndTheBranchReadsItsYear() throws Exception {
        new RewardScreens(deploymentUrl, TENANT, Fixtures.PASSWORD).check();
    }
}
