package org.jiannuo.domain.model.yearend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Storage of the reward after the year-end evaluation: model posts and personal rectifications. */
public interface RewardRepository {

    void store(ModelPost post);

    Optional<ModelPost> findModelPost(long id);

    Optional<ModelPost> modelPostOf(MemberEvaluation member);

    /** The campaign's model posts in branches below this path, by branch and name. */
    List<ModelPost> modelPostsUnder(Campaign campaign, String treePath);

    /** The person's model posts, the latest year first. */
    List<ModelPost> modelPostsOf(long personId);

    void store(PersonalRectification rectification);

    Optional<PersonalRectification> findRectification(long id);

    Optional<PersonalRectification> rectificationOf(MemberEvaluation member);

    /** The campaign's personal rectifications in branches below this path, by deadline. */
    List<PersonalRectification> rectificationsUnder(Campaign campaign, String treePath);

    /** Open past their deadline and not handled, in branches below this path, any campaign, by deadline. */
    List<PersonalRectification> overdueUnder(String treePath, LocalDate today);

    /** The person's personal rectifications, the latest first. */
    List<PersonalRectification> rectificationsOf(long personId);

    void flush();
}
