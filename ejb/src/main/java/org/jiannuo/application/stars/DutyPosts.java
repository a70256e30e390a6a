package org.jiannuo.application.stars;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiannuo.application.audit.AuditEvent;
import org.jiannuo.application.audit.AuditSummary;
import org.jiannuo.application.audit.AuditTrail;
import org.jiannuo.application.security.AccessScope;
import org.jiannuo.application.security.Authorization;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.audit.AuditAction;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.person.Person;
import org.jiannuo.domain.model.shared.RuleViolation;
import org.jiannuo.domain.model.stars.BasicPost;
import org.jiannuo.domain.model.stars.DutyPost;
import org.jiannuo.domain.model.stars.PostClaim;
import org.jiannuo.domain.model.stars.StarRepository;

/**
 * 设岗定责 (seed 003): the posts offered to a village's members (the four basic ones and those its township or the
 * department defined), a member's claims for the year, and the townships' own posts.
 */
@Stateless
@TenantScoped
public class DutyPosts {

    static final String ENTITY = "PostClaim";

    @Inject
    Authorization authorization;

    @Inject
    StarAccess access;

    @Inject
    StarRepository stars;

    @Inject
    VillageMembers members;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemDefaultZone();

    /** Defines a post for the township's villages; with no unit, the department's for every village. */
    public PostOption define(Long townshipId, String name, String duties) {
        AccessScope scope = authorization.currentScope();
        OrgUnit township = townshipId == null ? null : members.unit(townshipId);
        access.requirePostDefiner(township, scope);
        DutyPost post = new DutyPost(township, name, duties, scope.account().username());
        stars.store(post);
        stars.flush();
        auditTrail.record(AuditAction.CREATE, "DutyPost", post.getId(), AuditSummary.of(AuditEvent.DUTY_POST_DEFINED,
                post.getName(), township == null ? new AuditSummary.Word("tenant") : township.getName()), null,
                Map.of("name", post.getName(), "duties", post.getDuties()));
        return option(post);
    }

    /** What the member may claim. */
    public List<PostOption> offeredTo(long personId) {
        Person person = members.find(personId);
        access.requireReaderOf(person, authorization.currentScope());
        List<PostOption> options = new ArrayList<>();
        for (BasicPost basic : BasicPost.values()) {
            options.add(new PostOption(basic, null, null, null));
        }
        stars.dutyPostsFor(person.getOrgUnit()).forEach(post -> options.add(option(post)));
        return options;
    }

    public List<ClaimView> claimsOf(long personId, int year) {
        Person person = members.find(personId);
        access.requireReaderOf(person, authorization.currentScope());
        return stars.claimsOf(person, year).stream().map(ClaimView::of).toList();
    }

    /** Claims a basic post or (with its id) a township's, with the duty taken on. */
    public ClaimView claim(long personId, int year, BasicPost basic, Long dutyPostId, String duty) {
        Person person = members.find(personId);
        access.requireWriterFor(person, authorization.currentScope());
        LocalDate today = LocalDate.now(clock);
        PostClaim claim = dutyPostId == null
                ? PostClaim.ofBasic(person, year, requireBasic(basic), duty, today)
                : PostClaim.ofDefined(person, year, stars.dutyPost(dutyPostId)
                        .orElseThrow(() -> new StarBookNotFoundException("DutyPost", dutyPostId)), duty, today);
        stars.store(claim);
        stars.flush();
        auditTrail.record(AuditAction.CREATE, ENTITY, claim.getId(),
                AuditSummary.of(AuditEvent.POST_CLAIMED, person.getName(), year, claim.getDuty()), null,
                claim.auditState());
        return ClaimView.of(claim);
    }

    private static BasicPost requireBasic(BasicPost basic) {
        if (basic == null) {
            throw new RuleViolation("stars.postRequiredChoice");
        }
        return basic;
    }

    private static PostOption option(DutyPost post) {
        return new PostOption(null, post.getId(), post.getName(), post.getDuties());
    }
}
