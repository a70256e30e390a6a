package org.jiannuo.it.yearend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jiannuo.application.account.AccountIssuance;
import org.jiannuo.application.account.IssueScope;
import org.jiannuo.application.account.IssuedAccount;
import org.jiannuo.application.account.PasswordChange;
import org.jiannuo.it.support.AsUser;
import org.jiannuo.it.support.Fixtures;
import org.jiannuo.it.support.StandardUsersTestBase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A branch's whole year-end through the screens (issue 13): the department opens the campaign, the branch starts its
 * evaluation, a member writes the annual self-report, every member of the branch casts the mutual evaluation and the
 * secret ballot 优秀/合格/不合格 on a phone, the masses fill their satisfaction forms with participation codes on a
 * phone (a code used twice refused), the branch secretary comments on each member and the committee secretary on the
 * branch secretary, the branch proposes beside the suggested results (going against one is refused without a
 * reason), the committee secretary confirms, the branch publishes, and the member reads the published result on a
 * phone. Every member-facing page is checked at 375×740 for sideways scrolling. The only step outside the screens is
 * the first one: the branch's members get their accounts with a known password in the container, since a first
 * sign-in with a one-time password is another screen's test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndBrowserIT extends StandardUsersTestBase {

    /** Fixed: the browser's test, run as a client in the test's own process, signs in to the same tenant. */
    private static final String TENANT = "it-yebrowser";
    private static final String PASSWORD = Fixtures.PASSWORD;

    @ArquillianResource
    URL deploymentUrl;

    @EJB
    AccountIssuance issuance;

    @EJB
    PasswordChange passwords;

    /** Every person of the member's branch signs in with the fixture's password, as the standard logins do. */
    @Test
    @Order(1)
    void theBranchsMembersHaveAccounts() throws Exception {
        signInStandardUsers(TENANT, 83);
        long branch = branchSecretary.account().scopeUnitId();
        List<Long> without = branchSecretary.call(() -> issuance.candidates(new IssueScope(null, branch)));
        List<IssuedAccount> issued = branchSecretary.call(() -> issuance.issue(without));
        for (IssuedAccount account : issued) {
            AsUser.login(authentication, TENANT, account.username(), account.oneTimePassword())
                    .call(() -> passwords.change(account.oneTimePassword(), PASSWORD));
        }
        assertEquals(without.size(), issued.size());
    }

    @Test
    @Order(2)
    @RunAsClient
    void aBranchsWholeYearEndThroughTheScreens() throws Exception {
        new YearEndScreens(deploymentUrl, TENANT, PASSWORD).wholeYearEnd();
    }
}
