package org.jiannuo.application.opinion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.tenancy.CurrentTenant;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.opinion.Opinion;
import org.jiannuo.domain.model.opinion.OpinionChannel;
import org.jiannuo.domain.model.opinion.OpinionRepository;
import org.jiannuo.domain.model.opinion.OpinionRules;
import org.jiannuo.domain.model.opinion.OpinionTarget;
import org.jiannuo.domain.model.opinion.TrackingCode;

/**
 * Takes an opinion in, whichever way it came: makes its tracking code, keeps only the code's hash, stores
 * it and audits it without the writer's name or contact. Runs in the caller's transaction.
 */
@ApplicationScoped
public class OpinionIntake {

    static final String ENTITY = "Opinion";

    private final SecureRandom random = new SecureRandom();

    @Inject
    OpinionRepository opinions;

    @Inject
    OpinionKeys keys;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditTrail auditTrail;

    public OpinionReceipt receive(OpinionTarget target, String text, Opinion.Writer writer, OpinionChannel channel,
            OpinionRules rules, String addressHash, String enteredBy, LocalDateTime now) {
        TrackingCode code = TrackingCode.random(random);
        Opinion opinion = Opinion.receive(target, text, writer, channel, rules,
                keys.trackingHash(currentTenant.code(), code), addressHash, enteredBy, now);
        opinions.store(opinion);
        opinions.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, opinion.getId(), AuditSummary.of(AuditEvent.OPINION_RECEIVED, channel, target.label()), null,
                opinion.auditState());
        return new OpinionReceipt(code.display(), opinion.getDeadline());
    }
}
