package org.jiannuo.application.publicity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jiannuo.application.publicity.BoardTenants.BoardTenant;
import org.jiannuo.application.publicity.BoardViews.CommitmentBoard;
import org.jiannuo.application.publicity.BoardViews.GradeBoard;
import org.jiannuo.application.publicity.BoardViews.PersonBoard;
import org.jiannuo.application.publicity.BoardViews.ResultBoard;
import org.jiannuo.application.publicity.BoardViews.StarBoard;
import org.jiannuo.application.publicity.BoardViews.TenantBoard;
import org.jiannuo.application.publicity.BoardViews.UnitBoard;
import org.jiannuo.application.tenancy.TenantContext;
import org.jiannuo.domain.model.publicity.ObjectionStatus;

/**
 * The public board's door, open to anyone: the tenant's public key names the tenant, and each call runs
 * in it, in a transaction of its own bound to that tenant (as {@code CodeBallots} does for codes).
 * Unknown keys of every kind end in {@link BoardNotFoundException}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicBoard {

    @EJB
    BoardReader reader;

    @EJB
    Objections objections;

    @Inject
    BoardTenants tenants;

    /** The board's version for caching: changes with every publication, objection or close-out. */
    public OptionalLong stamp(String tenantKey) {
        return tenants.find(tenantKey).map(tenant -> OptionalLong.of(tenant.stamp())).orElse(OptionalLong.empty());
    }

    public TenantBoard tenant(String tenantKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.tenant(tenant.key(), tenant.name()));
    }

    public UnitBoard unit(String tenantKey, String unitKey, Integer year, YearMonth month, int page) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.unit(tenant.key(), tenant.name(), unitKey, year, month, page));
    }

    /** The party member model posts (党员示范岗) designated in the unit's subtree, of the latest year with any. */
    public List<BoardModelPost> modelPosts(String tenantKey, String unitKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.modelPosts(unitKey));
    }

    public PersonBoard person(String tenantKey, String personKey, Integer year) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.person(tenant.key(), tenant.name(), personKey, year));
    }

    public CommitmentBoard commitment(String tenantKey, String commitmentKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.commitment(tenant.key(), tenant.name(), commitmentKey));
    }

    public GradeBoard grade(String tenantKey, String gradeKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.grade(tenant.key(), tenant.name(), gradeKey));
    }

    public ResultBoard result(String tenantKey, String resultKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.result(tenant.key(), tenant.name(), resultKey));
    }

    public StarBoard star(String tenantKey, String starKey) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> reader.star(tenant.key(), tenant.name(), starKey));
    }

    /**
     * An objection from the board against a published grade, year-end result or stars (the key says which), by
     * someone not signed in, within the tenant's hourly limits.
     */
    public ObjectionStatus object(String tenantKey, String targetKey, String text, String address) {
        BoardTenant tenant = tenantOf(tenantKey);
        return in(tenant, () -> objections.lodge(targetKey, text, address));
    }

    private BoardTenant tenantOf(String tenantKey) {
        return tenants.find(tenantKey).orElseThrow(BoardNotFoundException::new);
    }

    private static <T> T in(BoardTenant tenant, Callable<T> work) {
        try {
            return TenantContext.callAs(tenant.code(), work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
