package nl.regioan.mail.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.regioan.app.infrastructure.StartupFailure;
import nl.regioan.mail.application.DeliverMail;
import nl.regioan.mail.application.SendDeadlineReminders;
import nl.regioan.mail.application.SendDigests;
import nl.regioan.mail.domain.MailPreferences;

/**
 * When mail work runs, on every node (the outbox claims and the once-per-period keys make that
 * safe): checks the settings at start (an invalid one stops the start, naming it), says once where
 * mail goes, then delivers the outbox every few seconds and looks for digests and deadline reminders
 * every minute. Non-persistent EJB timers, as for the
 * search index: they belong to no node and never pile up after a stop. Holds no state but a guard
 * that keeps a slow run from overlapping the next.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class MailTimers {

    private static final Logger LOG = Logger.getLogger(MailTimers.class.getName());
    private static final String DELIVER = "mail-deliver";
    private static final String SCHEDULE = "mail-schedule";

    @Resource
    TimerService timers;

    @Inject
    MailConfiguration configuration;

    @Inject
    DeliverMail deliverMail;

    @Inject
    SendDigests digests;

    @Inject
    SendDeadlineReminders reminders;

    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean scheduling = new AtomicBoolean();

    @PostConstruct
    void start() {
        MailSettings settings;
        try {
            settings = configuration.settings();
        } catch (MailSettings.InvalidSetting e) {
            throw StartupFailure.stop(e.getMessage(), true);
        }
        LOG.info(settings.describe());
        long poll = settings.pollEvery().toMillis();
        timers.createIntervalTimer(poll, poll, new TimerConfig(DELIVER, false));
        long schedule = settings.scheduleEvery().toMillis();
        timers.createIntervalTimer(schedule, schedule, new TimerConfig(SCHEDULE, false));
    }

    @Timeout
    void onTimer(Timer timer) {
        if (DELIVER.equals(timer.getInfo()) && delivering.compareAndSet(false, true)) {
            try {
                deliverMail.deliverDue();
            } catch (RuntimeException e) {
                // the database may be away for a moment: the next run tries again
                LOG.log(Level.WARNING, "Delivering the mail outbox failed; the next run tries again", e);
            } finally {
                delivering.set(false);
            }
        } else if (SCHEDULE.equals(timer.getInfo()) && scheduling.compareAndSet(false, true)) {
            try {
                queueScheduledMail();
            } finally {
                scheduling.set(false);
            }
        }
    }

    /** Digests and reminders, each account on its own: one that fails does not hold up the others. */
    private void queueScheduledMail() {
        try {
            for (MailPreferences due : digests.due()) {
                try {
                    digests.sendFor(due.accountId());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The digest of account " + due.accountId() + " failed; the next run tries again", e);
                }
            }
            for (SendDeadlineReminders.Reminder reminder : reminders.due()) {
                try {
                    reminders.send(reminder);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The deadline reminder " + reminder + " failed; the next run tries again", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for digests and reminders failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        try {
            timers.getTimers().forEach(Timer::cancel);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Cancelling the mail timers failed", e);
        }
    }
}
