package org.concord.service.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sweeps for due reminders at a configured interval on every instance. The timer is not persistent (Payara Micro's
 * persistent timers fire only where they were created): the reminder rows are the state, claimed by
 * {@link ReminderDispatcher}, so several instances and restarts still send each reminder once.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class ReminderScheduler {

    @Resource
    private TimerService timerService;

    @Inject
    private ReminderDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "concord.reminders.interval")
    private long intervalSeconds;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("reminders", false));
    }

    @Timeout
    void sweep() {
        dispatcher.sendDue();
    }
}
