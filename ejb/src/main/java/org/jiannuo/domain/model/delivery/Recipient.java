package org.jiannuo.domain.model.delivery;

import org.jiannuo.domain.model.account.Role;

/**
 * A holder of a subscription's post, with the unit whose subtree their document covers. The key orders the
 * recipients of a run and is the run's checkpoint; with the subscription and the period it is the delivery key.
 */
public record Recipient(long personId, String name, String email, String language, Role role, long unitId,
        String unitName) {

    /** Zero-padded so that the keys sort as the numbers do. */
    public String key() {
        return String.format("%019d@%019d", unitId, personId);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
