package org.jiannuo.infrastructure.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiannuo.application.fulfilment.DailySweep;

/**
 * Runs the fulfilment sweep every day at {@code jiannuo.sweep.time} (default 01:30 server time).
 * The timer is not persistent: each node of a cluster runs its own, which is harmless because the
 * sweep flags and reminds only once however often it runs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DailySweepTimer {

    @Resource
    TimerService timerService;

    @Inject
    DailySweep sweep;

    @Inject
    @ConfigProperty(name = "jiannuo.sweep.time", defaultValue = "01:30")
    String time;

    @PostConstruct
    void schedule() {
        String[] hourMinute = time.split(":");
        timerService.createCalendarTimer(new ScheduleExpression().hour(hourMinute[0]).minute(hourMinute[1]),
                new TimerConfig("fulfilment-sweep", false));
    }

    @Timeout
    void sweep() {
        sweep.runAll(LocalDate.now());
    }
}
