package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.mail.domain.MailOnce;
import nl.regioan.mail.domain.ReminderRule;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.period.domain.PeriodDeadline;
import nl.regioan.monitoring.period.domain.PeriodDeadlineRepository;
import nl.regioan.monitoring.value.domain.FormStatus;
import nl.regioan.monitoring.value.domain.IndicatorValue;
import nl.regioan.monitoring.value.domain.ValueRepository;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.Message;

/**
 * Reminds the data stewards of member municipalities that have not delivered (submitted or approved)
 * their figures of a period before its deadline, by {@link ReminderRule}: each reminder once per
 * steward, kept by a unique key in the same transaction as the mail, so two nodes send it once.
 */
@ApplicationScoped
public class SendDeadlineReminders {

    /** One reminder to send. */
    public record Reminder(long accountId, String period, LocalDate deadline, int stage, String municipality) {
    }

    @Inject
    PeriodDeadlineRepository deadlines;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ValueRepository values;

    @Inject
    AccountRepository accounts;

    @Inject
    MailOnce once;

    @Inject
    MailOutbox outbox;

    @Inject
    Clock clock;

    /** The reminders due today for municipalities that have not delivered; which were sent already is checked when sending. */
    @Transactional
    public List<Reminder> due() {
        LocalDate today = clock.instant().atZone(MailSchedule.REGION_ZONE).toLocalDate();
        List<Reminder> due = new ArrayList<>();
        for (PeriodDeadline deadline : deadlines.between(today, today.plusDays(ReminderRule.FIRST))) {
            Optional<Integer> stage = ReminderRule.stage(today, deadline.deadline());
            if (stage.isEmpty()) {
                continue;
            }
            Period period = deadline.period();
            List<Account> stewards = accounts.all().stream()
                    .filter(a -> a.enabled() && a.hasRole(Role.DATA_STEWARD) && a.municipality().isPresent()).toList();
            for (Municipality municipality : municipalities.all()) {
                if (!municipality.isMemberDuring(period.start(), period.end()) || delivered(municipality, period)) {
                    continue;
                }
                for (Account steward : stewards) {
                    if (steward.municipality().get().id().equals(municipality.id())) {
                        due.add(new Reminder(steward.id(), period.toString(), deadline.deadline(), stage.get(), municipality.name()));
                    }
                }
            }
        }
        return due;
    }

    /** Queues the reminder unless it went out already; true when a mail was queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(Reminder reminder) {
        if (!once.claim(reminder.accountId(), ReminderRule.occasion(reminder.period(), reminder.deadline(), reminder.stage()), null)) {
            return false;
        }
        LocalDate today = clock.instant().atZone(MailSchedule.REGION_ZONE).toLocalDate();
        long daysLeft = ChronoUnit.DAYS.between(today, reminder.deadline());
        String deadline = reminder.deadline().toString();
        MailContent content = new MailContent(
                Message.of("mail.reminder.subject", reminder.period(), reminder.municipality(), deadline),
                List.of(MailLine.of(Message.of(daysLeft == 0 ? "mail.reminder.today" : "mail.reminder.body",
                                reminder.municipality(), reminder.period(), deadline, daysLeft)),
                        MailLine.of(Message.of("mail.reminder.after"))),
                "/monitoring/entry.html?period=" + reminder.period());
        return outbox.enqueue(reminder.accountId(), MailKind.DEADLINE_REMINDER, content);
    }

    private boolean delivered(Municipality municipality, Period period) {
        List<IndicatorValue> entered = values.ofArea(municipality.cbsCode().value(), List.of(period)).stream()
                .filter(v -> v.value() != null).toList();
        return !entered.isEmpty() && FormStatus.of(entered.stream().map(IndicatorValue::status).toList()).isDelivered();
    }
}
