package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.account.UserAccountRepository;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.CommitmentRules;
import org.jiannuo.domain.model.commitment.CommitmentStatus;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.commitment.RulesSettings;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.FulfilmentRecord;
import org.jiannuo.domain.model.fulfilment.Deadlines;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.fulfilment.Rectification;
import org.jiannuo.domain.model.fulfilment.RectificationStatus;
import org.jiannuo.domain.model.organization.OrgUnit;
import org.jiannuo.domain.model.organization.OrgUnitRepository;
import org.jiannuo.domain.model.organization.OrgUnitType;
import org.jiannuo.domain.model.person.Person;

/**
 * The demo county's commitments of the year up to {@code today}: the year's rules kept open so that
 * the demo member can still submit; most people's and branches' items approved and published, with
 * monthly records up to last month, reported, closed out, or late and pressed by a rectification; a
 * few people's items waiting for review, returned or still drafts. Every item goes through the
 * domain's own steps and checks as of the day it happened (written, checked against the rules,
 * submitted, decided, published, recorded, reported, verified), so every state is one the
 * application could have reached.
 */
@Stateless
@TenantScoped
public class DemoCommitments {

    static final String BY = "demo";
    private static final int BATCH = 100;

    private static final String[] CONTENT = DemoWords.array("commitments.content");
    private static final String[] MEASURES = DemoWords.array("commitments.measures");
    private static final String[] DUTY_CONTENT = DemoWords.array("commitments.dutyContent");
    private static final String[] UNIT_CONTENT = DemoWords.array("commitments.unitContent");
    private static final String RETURN_REASON = DemoWords.text("commitments.returnReason");
    private static final String RECORD_NOTE = DemoWords.text("commitments.recordNote");
    private static final String EVIDENCE = DemoWords.text("commitments.evidence");
    private static final String RECTIFICATION_REASON = DemoWords.text("commitments.rectificationReason");
    private static final String RECTIFICATION_REPORT = DemoWords.text("commitments.rectificationReport");

    /** What became of an owner's items by today. */
    private enum Fate { PUBLISHED, RETURNED, SUBMITTED, DRAFT }

    /** How an owner keeps their items: on time, roughly on time, or behind. */
    private enum Pace {
        STRONG(95, 100), STEADY(80, 90), LAGGING(45, 55);

        final int recordChance;
        final int progressPercent;

        Pace(int recordChance, int progressPercent) {
            this.recordChance = recordChance;
            this.progressPercent = progressPercent;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CommitmentRepository commitments;

    @Inject
    FulfilmentRepository fulfilment;

    @Inject
    Deadlines deadlines;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    /**
     * Generates the year of {@code today} in the caller's tenant, in a transaction of its own, a hundred
     * people at a time, each hundred written and forgotten by the persistence context before the next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void generate(LocalDate today, long seed) {
        entityManager.setFlushMode(FlushModeType.COMMIT);
        DemoLogins logins = DemoLogins.read(accounts, units);
        long memberId = logins.member().getId();
        CommitmentRules rules = openRules(today);
        Random random = new Random(seed);
        List<Long> waiting = entityManager.createQuery("SELECT p.id FROM Person p WHERE p.orgUnit.id = :branch"
                        + " ORDER BY p.id DESC", Long.class)
                .setParameter("branch", logins.branch().getId()).getResultList().stream()
                .filter(id -> id != memberId && (logins.branchSecretary() == null
                        || !id.equals(logins.branchSecretary().getId())))
                .limit(4).toList();
        List<Long> everyone = entityManager.createQuery("SELECT p.id FROM Person p ORDER BY p.id", Long.class)
                .getResultList();
        for (int from = 0; from < everyone.size(); from += BATCH) {
            List<Person> people = entityManager.createQuery("SELECT p FROM Person p WHERE p.id IN :ids ORDER BY p.id",
                            Person.class)
                    .setParameter("ids", everyone.subList(from, Math.min(everyone.size(), from + BATCH)))
                    .getResultList();
            for (Person person : people) {
                Fate fate = person.getId() == memberId ? Fate.PUBLISHED
                        : waiting.contains(person.getId())
                                ? List.of(Fate.SUBMITTED, Fate.SUBMITTED, Fate.RETURNED, Fate.DRAFT)
                                        .get(waiting.indexOf(person.getId()))
                                : fate(random);
                commit(new Owner(person, null, person.getId() == memberId), fate, pace(random), rules, today, random);
            }
            fulfilment.flushAndClear();
        }
        List<OrgUnit> branches = units.all().stream()
                .filter(unit -> unit.getType() == OrgUnitType.BRANCH && !unit.isDissolved())
                .sorted(Comparator.comparing(OrgUnit::getId)).toList();
        long waitingBranch = branches.stream()
                .filter(b -> b.getParent().getId().equals(logins.committee().getId())
                        && !b.getId().equals(logins.branch().getId()))
                .mapToLong(OrgUnit::getId).max().orElse(-1L);
        for (OrgUnit branch : branches) {
            commit(new Owner(null, branch, false), branch.getId() == waitingBranch ? Fate.SUBMITTED : Fate.PUBLISHED,
                    Pace.STEADY, rules, today, random);
        }
        fulfilment.flushAndClear();
        flagLateness(today);
    }

    /**
     * Flags what is late as the daily sweep would have flagged it had it run every day of the year: each
     * item and open rectification from the day after its deadline, through the sweep's own flagging.
     */
    private void flagLateness(LocalDate today) {
        entityManager.createQuery("SELECT DISTINCT c.dueDate FROM Commitment c WHERE c.dueDate < :today"
                        + " AND c.status IN :fulfilling ORDER BY c.dueDate", LocalDate.class)
                .setParameter("today", today).setParameter("fulfilling", CommitmentStatus.fulfilling())
                .getResultList().forEach(due -> fulfilment.markOverdue(deadlines, due.plusDays(1)));
        entityManager.createQuery("SELECT DISTINCT r.deadline FROM Rectification r WHERE r.deadline < :today"
                        + " AND r.status = :open ORDER BY r.deadline", LocalDate.class)
                .setParameter("today", today).setParameter("open", RectificationStatus.OPEN)
                .getResultList().forEach(deadline -> fulfilment.markRectificationsOverdue(deadline.plusDays(1)));
    }

    /** This year's rules with a publication deadline a month ahead at least, so that members can still submit. */
    private CommitmentRules openRules(LocalDate today) {
        int year = today.getYear();
        CommitmentRules rules = commitments.rules(year).orElse(null);
        if (rules == null) {
            rules = CommitmentRules.defaults(year);
            commitments.store(rules);
        }
        RulesSettings settings = rules.settings();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate ahead = today.plusMonths(1).isAfter(yearEnd) ? yearEnd : today.plusMonths(1);
        LocalDate deadline = ahead.isAfter(settings.publicationDeadline()) ? ahead : settings.publicationDeadline();
        rules.change(new RulesSettings(settings.categories(), settings.memberMinimum(), settings.memberMaximum(),
                settings.organizationMinimum(), settings.organizationMaximum(), deadline,
                settings.leadingCadreDuties()));
        return rules;
    }

    private static Fate fate(Random random) {
        int roll = random.nextInt(100);
        return roll < 84 ? Fate.PUBLISHED : roll < 90 ? Fate.RETURNED : roll < 95 ? Fate.SUBMITTED : Fate.DRAFT;
    }

    private static Pace pace(Random random) {
        int roll = random.nextInt(100);
        return roll < 25 ? Pace.STRONG : roll < 85 ? Pace.STEADY : Pace.LAGGING;
    }

    /** A person or a branch, and whether it is the demo member, whose items all lie ahead. */
    private record Owner(Person person, OrgUnit unit, boolean demoMember) {

        boolean organization() {
            return unit != null;
        }

        boolean divisionLevelCadre() {
            return person != null && person.getLeadingCadreLevel() != null
                    && person.getLeadingCadreLevel().isDivisionOrAbove();
        }

        Commitment item(int year, CommitmentDraft draft) {
            return organization() ? Commitment.ofUnit(unit, year, draft, BY)
                    : Commitment.ofPerson(person, year, draft, person.isRetired() || person.isInfirm(), BY);
        }
    }

    private void commit(Owner owner, Fate fate, Pace pace, CommitmentRules rules, LocalDate today, Random random) {
        int year = today.getYear();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        boolean recent = fate == Fate.SUBMITTED || fate == Fate.DRAFT;
        LocalDate submitted = recent ? latest(yearStart, today.minusDays(random.nextInt(7)))
                : earliest(today, yearStart.plusDays(3 + random.nextInt(16)));
        List<String> categories = categories(owner, rules, random);
        int returned = fate == Fate.RETURNED ? random.nextInt(categories.size()) : -1;
        List<Commitment> items = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            boolean ahead = recent || owner.demoMember() || i == returned;
            LocalDate earliestDue = ahead ? today : earliest(yearEnd, submitted.plusDays(20));
            LocalDate due = earliestDue.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliestDue, yearEnd) + 1));
            Commitment item = owner.item(year, new CommitmentDraft(CommitmentKind.ANNUAL, null, categories.get(i),
                    content(owner, categories.get(i), random), MEASURES[random.nextInt(MEASURES.length)], due));
            item.checkItem(rules, owner.divisionLevelCadre(), submitted);
            commitments.store(item);
            items.add(item);
        }
        if (fate == Fate.DRAFT) {
            return;
        }
        rules.checkAnnualSubmission(owner.organization(), categories, owner.divisionLevelCadre(), submitted);
        for (Commitment item : items) {
            commitments.store(item.submit(at(submitted, 9, today), BY));
        }
        if (fate == Fate.SUBMITTED) {
            return;
        }
        LocalDate decided = earliest(today, submitted.plusDays(1 + random.nextInt(4)));
        LocalDate published = earliest(today, decided.plusDays(random.nextInt(4)));
        for (int i = 0; i < items.size(); i++) {
            Commitment item = items.get(i);
            if (i == returned) {
                commitments.store(item.decide(ReviewOutcome.RETURN, RETURN_REASON, BY, at(decided, 10, today)));
            } else {
                commitments.store(item.decide(ReviewOutcome.APPROVE, null, BY, at(decided, 10, today)));
                item.publish(published);
                fulfil(item, published, pace, today, random);
            }
        }
    }

    private static List<String> categories(Owner owner, CommitmentRules rules, Random random) {
        List<String> own = rules.categoriesFor(false);
        List<String> chosen = new ArrayList<>();
        if (owner.divisionLevelCadre()) {
            chosen.addAll(CategorySet.LEADING_CADRE_DUTIES);
        }
        int count = owner.demoMember() ? chosen.size() + 2
                : owner.organization() || owner.divisionLevelCadre() ? 3 + random.nextInt(2)
                : 2 + random.nextInt(3);
        while (chosen.size() < count) {
            chosen.add(own.get(random.nextInt(own.size())));
        }
        return chosen;
    }

    private static String content(Owner owner, String category, Random random) {
        int duty = CategorySet.LEADING_CADRE_DUTIES.indexOf(category);
        if (duty >= 0) {
            return DUTY_CONTENT[duty];
        }
        String[] texts = owner.organization() ? UNIT_CONTENT : CONTENT;
        return texts[random.nextInt(texts.length)];
    }

    /**
     * Monthly records from the month of publication up to last month (or the due month), progress
     * growing with the owner's pace; then, past the deadline, the completion report and its close-out,
     * or for an item left undone a rectification the reviewer orders.
     */
    private void fulfil(Commitment item, LocalDate published, Pace pace, LocalDate today, Random random) {
        YearMonth first = YearMonth.from(published);
        YearMonth dueMonth = YearMonth.from(item.getDueDate());
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        YearMonth until = dueMonth.isBefore(lastMonth) ? dueMonth : lastMonth;
        long span = Math.max(1, ChronoUnit.MONTHS.between(first, dueMonth) + 1);
        int progress = 0;
        for (YearMonth month = first; !month.isAfter(until); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(18 + random.nextInt(10));
            day = day.isAfter(published) ? day : published.plusDays(1);
            if (random.nextInt(100) < pace.recordChance && !day.isAfter(month.atEndOfMonth())) {
                long elapsed = ChronoUnit.MONTHS.between(first, month) + 1;
                int expected = (int) (100 * elapsed / span * pace.progressPercent / 100);
                progress = Math.min(100, Math.max(progress, expected - random.nextInt(10)));
                fulfilment.store(FulfilmentRecord.of(item, month, RECORD_NOTE, progress, BY, day.atTime(20, 0)));
            }
        }
        LocalDate due = item.getDueDate();
        if (!due.isBefore(today)) {
            return;
        }
        if (pace != Pace.LAGGING && random.nextInt(100) < 95) {
            CloseOutReport report = CloseOutReport.of(item, EVIDENCE, BY, at(due, 17, today));
            fulfilment.store(report);
            LocalDate verified = due.plusDays(2 + random.nextInt(20));
            if (verified.isBefore(today)) {
                report.verify(CloseOutOutcome.CLOSED, null, false, BY, at(verified, 10, today));
            }
        } else if (random.nextInt(100) < 60) {
            LocalDate ordered = earliest(today, due.plusDays(5 + random.nextInt(10)));
            Rectification rectification = Rectification.order(item, RECTIFICATION_REASON,
                    ordered.plusDays(15 + random.nextInt(30)), BY, at(ordered, 15, today));
            fulfilment.store(rectification);
            LocalDate reported = ordered.plusDays(3);
            if (reported.isBefore(today) && random.nextInt(100) < 25) {
                rectification.reportDone(RECTIFICATION_REPORT, at(reported, 18, today));
            }
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The moment of something done on {@code day}: at the hour given, or, for what happens today, in
     * the first minutes of the day in the same order, so that nothing is dated after the demo starts.
     */
    static LocalDateTime at(LocalDate day, int hour, LocalDate today) {
        return day.isBefore(today) ? day.atTime(hour, 0) : today.atStartOfDay().plusMinutes(hour);
    }
}
