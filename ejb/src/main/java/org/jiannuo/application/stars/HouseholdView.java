package org.jiannuo.application.stars;

import java.io.Serializable;
import java.util.List;
import org.jiannuo.domain.model.stars.Household;

/**
 * A household of the village with the members in touch with it. Head, address and phone are private: the phone is
 * empty for readers who do not keep the village (leaders, administrative heads).
 */
public record HouseholdView(long id, String head, String address, String phone, List<String> liaisons, long version)
        implements Serializable {

    static HouseholdView of(Household household, List<String> liaisons, boolean withPhone) {
        return new HouseholdView(household.getId(), household.getHead(), household.getAddress(),
                withPhone ? household.getPhone() : "", List.copyOf(liaisons), household.getVersion());
    }
}
