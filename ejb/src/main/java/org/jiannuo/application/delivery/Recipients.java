package org.jiannuo.application.delivery;

import java.util.List;
import org.jiannuo.application.AuthenticatedAccount;
import org.jiannuo.domain.model.account.Grant;
import org.jiannuo.domain.model.delivery.Recipient;

/**
 * The account a recipient's document is generated for: their one post's grant and nothing else, so that what the
 * services return is limited to the post's unit and subtree, as a request of the recipient would be.
 */
public final class Recipients {

    private Recipients() {
    }

    public static AuthenticatedAccount accountOf(Recipient recipient, String tenantCode, String tenantName) {
        return new AuthenticatedAccount(tenantCode, tenantName, -recipient.personId(),
                "delivery-" + recipient.personId(), recipient.name(),
                List.of(new Grant(recipient.role(), recipient.unitId())), recipient.personId(), 0, false);
    }
}
