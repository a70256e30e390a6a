package org.jiannuo.application.ballot;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.shared.RuleViolation;

/**
 * The door for participation codes, open to anyone: the code's slip names the tenant, and the work
 * runs in it (each call in a transaction of its own, bound to that tenant).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CodeBallots {

    @EJB
    CodeVoting voting;

    public CodePaper paper(String tenantCode, Long occasionId, String code) {
        return in(tenantCode, () -> voting.paper(occasionId, code));
    }

    public void cast(String tenantCode, Long occasionId, String code, Map<String, String> choices) {
        in(tenantCode, () -> {
            voting.cast(occasionId, code, choices);
            return null;
        });
    }

    private static <T> T in(String tenantCode, java.util.concurrent.Callable<T> work) {
        if (tenantCode == null || tenantCode.isBlank()) {
            throw new RuleViolation("code.spentOrUnknown");
        }
        try {
            return TenantContext.callAs(tenantCode.strip(), work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
