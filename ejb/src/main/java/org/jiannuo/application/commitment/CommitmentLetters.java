package org.jiannuo.application.commitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.jiannuo.application.people.InScope;
import org.jiannuo.application.publicity.BoardLinks;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.CommitmentOwner;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.organization.OrgUnit;

/**
 * What goes into the public commitment letters (公开承诺书): the approved items of a member, of
 * every member of a branch, or of an organization itself. Drafts and items under review are not
 * printed; nobody signs what has not been approved.
 */
@Stateless
@TenantScoped
public class CommitmentLetters {

    @Inject
    Authorization authorization;

    @Inject
    InScope inScope;

    @Inject
    CommitmentRepository commitments;

    @Inject
    CommitmentAccess access;

    @Inject
    BoardLinks addresses;

    /** The owner's letter: a member's, or an organization's own. */
    public List<LetterItem> of(CommitmentOwner owner, int year) {
        return access.itemsOf(owner, year, authorization.currentScope()).stream()
                .filter(item -> item.getStatus().isApproved())
                .map(item -> LetterItem.of(item, addresses))
                .toList();
    }

    /** Every member's letter of a branch, member by member. */
    public List<LetterItem> ofMembers(long unitId, int year) {
        AccessScope scope = authorization.currentScope();
        OrgUnit unit = inScope.unit(unitId, scope);
        return commitments.approvedOfMembers(unit, year).stream().map(item -> LetterItem.of(item, addresses)).toList();
    }
}
