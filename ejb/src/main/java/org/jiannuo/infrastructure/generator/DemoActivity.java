package org.jiannuo.infrastructure.generator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.logging.Logger;
import org.jiannuo.application.fulfilment.FulfilmentSweep;

/**
 * Makes the demo county live as of the day it is created: the year's commitments and their fulfilment
 * up to {@code today}, the daily sweep of today (late items, overdue rectifications, reminders), and the
 * meetings of this month and of the months before it in the year, at most {@link #MEETING_MONTHS} of them
 * (what the meetings dashboard shows; more would slow the first start for little to see), and last year's
 * year-end evaluation and reward of the demo committee's branches ({@link DemoYearEnd}) and last year's village
 * stars of the county's township with their follow-up ({@link DemoStars}). Each part runs
 * in a transaction of its own, in the tenant the caller binds with
 * {@link org.jiannuo.application.tenancy.TenantContext}. The same day always gives the same demo: every
 * random choice comes from {@link #SEED}.
 */
@Stateless
public class DemoActivity {

    public static final long SEED = 20260101L;
    /** The past months with meetings, before this one. */
    public static final int MEETING_MONTHS = 6;
    private static final Logger LOG = Logger.getLogger(DemoActivity.class.getName());

    @EJB
    DemoCommitments commitments;

    @EJB
    DemoMeetings meetings;

    @EJB
    FulfilmentSweep sweep;

    @EJB
    DemoYearEnd yearEnd;

    @EJB
    YearEndGenerator yearEndVotes;

    @EJB
    DemoStars stars;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void generate(LocalDate today) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        commitments.generate(today, SEED);
        long committed = System.nanoTime();
        sweep.sweep(today);
        long swept = System.nanoTime();
        YearMonth current = YearMonth.from(today);
        YearMonth january = YearMonth.of(today.getYear(), 1);
        YearMonth first = current.minusMonths(MEETING_MONTHS).isBefore(january) ? january
                : current.minusMonths(MEETING_MONTHS);
        for (YearMonth period = first; !period.isAfter(current); period = period.plusMonths(1)) {
            meetings.generate(period, today, SEED);
        }
        long met = System.nanoTime();
        long campaign = yearEnd.start(today, SEED);
        for (long after = 0; after >= 0; ) {
            after = yearEndVotes.voteBatch(campaign, after, DemoYearEnd.BRANCHES, SEED);
        }
        yearEnd.publish(campaign, today);
        long evaluated = System.nanoTime();
        stars.generate(today, SEED);
        long starred = System.nanoTime();
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        LOG.info(() -> String.format("Demo activity of %s generated in %d ms (commitments %d ms, sweep %d ms,"
                + " meetings %d ms, last year's year-end %d ms, last year's village stars %d ms; %d ms of processor"
                + " time)", today, (starred - started) / 1_000_000, (committed - started) / 1_000_000,
                (swept - committed) / 1_000_000, (met - swept) / 1_000_000, (evaluated - met) / 1_000_000,
                (starred - evaluated) / 1_000_000, cpuMillis));
    }
}
