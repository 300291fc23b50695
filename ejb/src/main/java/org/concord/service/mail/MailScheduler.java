package org.concord.service.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends queued mail right after the transaction that queued it commits, and sweeps the outbox at a configured
 * interval for retries. The timer is not persistent: the outbox rows are the state, so a restart loses nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class MailScheduler {

    @Resource
    private TimerService timerService;

    @Inject
    private MailDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "concord.mail.dispatch.interval")
    private long intervalSeconds;

    @PostConstruct
    void start() {
        long interval = Math.max(1, intervalSeconds) * 1000;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    void sweep() {
        dispatcher.dispatchDue();
    }

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued event) {
        dispatcher.dispatchDueAsync();
    }
}
