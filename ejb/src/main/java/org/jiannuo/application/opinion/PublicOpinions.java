package org.jiannuo.application.opinion;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jiannuo.application.publicity.SenderAddresses;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.opinion.Opinion;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.opinion.ProofOfWork;
import org.jiannuo.domain.model.opinion.TargetKind;
import org.jiannuo.domain.model.opinion.TrackingCode;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The public side of the suggestion box, for callers who are not signed in (the tenant is the board's): leave an
 * opinion on what the board shows, and read its reply with the tracking code. Every check runs before the
 * challenge is spent, so that a writer who mistyped can send the same work again.
 */
@Stateless
@TenantScoped
public class PublicOpinions {

    @Inject
    Challenges challenges;

    @Inject
    OpinionRepository opinions;

    @Inject
    OpinionTargets targets;

    @Inject
    OpinionIntake intake;

    @Inject
    OpinionKeys keys;

    @Inject
    SenderAddresses senders;

    @Inject
    CurrentTenant currentTenant;

    private final Clock clock = Clock.systemDefaultZone();

    /**
     * Takes an opinion from the board.
     *
     * @param solution the solved challenge, {@code salt.number.signature}
     * @param address the sender's network address, counted (as a keyed hash) against the hourly limit
     */
    public OpinionReceipt leave(BoardOpinion request, String solution, String address) {
        ProofOfWork.Solved solved = challenges.verify(solution);
        OpinionRules rules = opinions.rulesInForce();
        OpinionTarget target = targets.find(request.kind(), request.targetKey());
        String addressHash = senders.hash(currentTenant.code(), address);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime hourAgo = now.minusHours(1);
        rules.checkRate(opinions.countFromAddressSince(addressHash, hourAgo), opinions.countOnTargetSince(target, hourAgo));
        rules.checkText(request.text(), "opinion.textRequired");
        if (!opinions.spend(solved, clock.instant())) {
            throw new RuleViolation("challenge.used");
        }
        return intake.receive(target, request.text(), new Opinion.Writer(request.name(), request.contact()),
                OpinionChannel.BOARD, rules, addressHash, null, now);
    }

    /** What the opinion form shows of its target: what it is, who answers, the phone, the days to answer. */
    public BoxTarget target(TargetKind kind, String targetKey) {
        OpinionTarget target = targets.find(kind, targetKey);
        return new BoxTarget(kind, target.label(), target.handler().getName(), target.handler().getPublicPhone(),
                opinions.rulesInForce().getHandlingDays(), opinions.rulesInForce().settings().longestText());
    }

    /** The opinion of a tracking code; a code that is malformed or unknown is refused the same way. */
    public PublicReply read(String trackingCode) {
        String tenant = currentTenant.code();
        Opinion opinion = TrackingCode.parse(trackingCode)
                .flatMap(code -> opinions.findByTrackingHash(keys.trackingHash(tenant, code)))
                .orElseThrow(() -> new RuleViolation("opinion.trackingUnknown"));
        return new PublicReply(opinion.getTargetLabel(), opinion.getText(), opinion.getReceivedAt().toLocalDate(),
                opinion.getState(), opinion.getDeadline(), opinion.getReply(),
                opinion.getRepliedAt() == null ? null : opinion.getRepliedAt().toLocalDate(), opinion.getClosingNote());
    }
}
