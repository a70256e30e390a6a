package org.jiannuo.application.ballot;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.ballot.Occasion;
import org.jiannuo.domain.model.ballot.OccasionState;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * Voting with a participation code, in the tenant {@link CodeBallots} names: nobody is logged in, and
 * nothing the request stores or logs tells who held the code. A wrong code, a spent one and one of
 * another occasion are refused alike.
 */
@Stateless
@TenantScoped
public class CodeVoting {

    @Inject
    BallotEngine engine;

    public CodePaper paper(Long occasionId, String code) {
        Occasion occasion = occasionOf(occasionId, code);
        if (occasion.getState() != OccasionState.OPEN) {
            throw new RuleViolation("ballot.notOpenForVoting");
        }
        if (engine.isSpent(occasion, code)) {
            throw new RuleViolation("code.spentOrUnknown");
        }
        return new CodePaper(occasion.getId(), occasion.getTitle(), occasion.getUnit().getName(), occasion.getScale(),
                occasion.getScale().options(), Occasions.paperOf(engine.paper(occasion)));
    }

    public void cast(Long occasionId, String code, Map<String, String> choices) {
        engine.castWithCode(occasionOf(occasionId, code), code, choices);
    }

    private Occasion occasionOf(Long occasionId, String code) {
        Occasion occasion = engine.occasionOfCode(code);
        if (occasionId != null && !occasion.getId().equals(occasionId)) {
            throw new RuleViolation("code.spentOrUnknown");
        }
        return occasion;
    }
}
