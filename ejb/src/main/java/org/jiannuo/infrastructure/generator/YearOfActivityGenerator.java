package org.jiannuo.infrastructure.generator;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.jiannuo.application.TableStatistics;
import org.jiannuo.application.tenancy.TenantScoped;
import org.jiannuo.domain.model.commitment.CategorySet;
import org.jiannuo.domain.model.commitment.Commitment;
import org.jiannuo.domain.model.commitment.CommitmentDraft;
import org.jiannuo.domain.model.commitment.CommitmentKind;
import org.jiannuo.domain.model.commitment.CommitmentRepository;
import org.jiannuo.domain.model.commitment.ReviewOutcome;
import org.jiannuo.domain.model.fulfilment.CloseOutOutcome;
import org.jiannuo.domain.model.fulfilment.CloseOutReport;
import org.jiannuo.domain.model.fulfilment.FulfilmentRecord;
import org.jiannuo.domain.model.fulfilment.FulfilmentRepository;
import org.jiannuo.domain.model.person.Person;

/**
 * A year of commitment activity for benchmarks and demonstrations: every person of the caller's
 * tenant gets two to five approved, published items, monthly records up to {@code today}, and some
 * items reported done or closed out. Items go through the same domain steps as in the application
 * (submit, approve, publish, record, report, verify), so the data obeys the rules; only the checks
 * that would refuse a past deadline are skipped, since the year is generated after the fact.
 */
@Stateless
@TenantScoped
public class YearOfActivityGenerator {

    private static final String[] CONTENT = DemoWords.array("commitments.content");
    private static final String BY = "generator";

    @Inject
    TableStatistics statistics;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CommitmentRepository commitments;

    @Inject
    FulfilmentRepository fulfilment;

    /**
     * Generates the items of the next {@code batch} people after {@code afterPersonId}, in a
     * transaction of its own.
     *
     * @return the last person handled, or -1 when every person has been handled
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long generateBatch(int year, LocalDate today, long afterPersonId, int batch, long seed) {
        List<Person> people = entityManager.createQuery("SELECT p FROM Person p WHERE p.id > :after ORDER BY p.id",
                        Person.class)
                .setParameter("after", afterPersonId)
                .setMaxResults(batch)
                .getResultList();
        for (Person person : people) {
            Random random = new Random(seed ^ person.getId());
            int items = 2 + random.nextInt(4);
            for (int i = 0; i < items; i++) {
                generateItem(person, year, today, random);
            }
        }
        fulfilment.flushAndClear();
        if (people.size() < batch) {
            // The year was written in bulk: the planner must see it before the sweep and the ledger read it.
            statistics.refresh("commitment", "commitment_revision", "review_decision", "fulfilment_record",
                    "close_out_report", "rectification");
            return -1;
        }
        return people.get(people.size() - 1).getId();
    }

    private void generateItem(Person person, int year, LocalDate today, Random random) {
        List<String> categories = CategorySet.STUDY_WORK_DISCIPLINE_SERVICE.categories();
        LocalDate due = LocalDate.of(year, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
        Commitment item = Commitment.ofPerson(person, year, new CommitmentDraft(CommitmentKind.ANNUAL, null,
                categories.get(random.nextInt(categories.size())), CONTENT[random.nextInt(CONTENT.length)],
                DemoWords.list("commitments.measures").get(0), due), false, BY);
        commitments.store(item);
        LocalDateTime committedAt = LocalDate.of(year, 1, 10).atTime(9, 0);
        commitments.store(item.submit(committedAt, BY));
        commitments.store(item.decide(ReviewOutcome.APPROVE, null, BY, committedAt.plusDays(3)));
        item.publish(committedAt.plusDays(7).toLocalDate());

        YearMonth last = YearMonth.from(today.isBefore(due) ? today : due);
        int progress = 0;
        for (YearMonth month = YearMonth.of(year, 2); !month.isAfter(last); month = month.plusMonths(1)) {
            if (random.nextInt(10) < 7) {
                progress = Math.min(100, progress + 5 + random.nextInt(20));
                fulfilment.store(FulfilmentRecord.of(item, month, DemoWords.text("commitments.recordNote"), progress,
                        BY, month.atDay(25).atTime(18, 0)));
            }
        }
        int outcome = random.nextInt(10);
        if (!due.isAfter(today) && outcome < 6) {
            CloseOutReport report = CloseOutReport.of(item, DemoWords.text("commitments.evidence"), BY,
                    due.atTime(17, 0));
            fulfilment.store(report);
            if (outcome < 5) {
                report.verify(CloseOutOutcome.CLOSED, null, false, BY, due.plusDays(3).atTime(10, 0));
            }
        }
    }
}
