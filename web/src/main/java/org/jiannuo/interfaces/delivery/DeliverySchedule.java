package org.jiannuo.interfaces.delivery;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires report delivery every hour at {@code jiannuo.delivery.minute} (server time). The timer is not
 * persistent: every node of a cluster fires its own, and each document is still delivered once.
 */
@Singleton
@Startup
public class DeliverySchedule {

    @Resource
    TimerService timerService;

    @Inject
    DeliveryJob job;

    @Inject
    @ConfigProperty(name = "jiannuo.delivery.minute", defaultValue = "10")
    String minute;

    @PostConstruct
    void schedule() {
        timerService.createCalendarTimer(new ScheduleExpression().hour("*").minute(minute),
                new TimerConfig("report-delivery", false));
    }

    @Timeout
    void fire() {
        job.fire(LocalDateTime.now());
    }
}
