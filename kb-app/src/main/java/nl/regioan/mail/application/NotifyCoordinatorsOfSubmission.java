package nl.regioan.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.mail.domain.MailContent;
import nl.regioan.mail.domain.MailKind;
import nl.regioan.mail.domain.MailLine;
import nl.regioan.monitoring.period.domain.Period;
import nl.regioan.monitoring.value.domain.SubmittedFormNotice;
import nl.regioan.shared.api.Message;

/**
 * When a municipality submits its figures, every coordinator who wants it gets a notice, queued in
 * the submitting transaction (the dashboard module's port, implemented here).
 */
@ApplicationScoped
public class NotifyCoordinatorsOfSubmission implements SubmittedFormNotice {

    @Inject
    AccountRepository accounts;

    @Inject
    MailOutbox outbox;

    @Override
    public void submitted(Long municipalityId, String areaCode, String areaName, Period period, List<String> indicators,
                          String submittedBy) {
        MailContent content = new MailContent(Message.of("mail.submitted.subject", areaName, period.toString()),
                List.of(MailLine.of(Message.of("mail.submitted.body", submittedBy, areaName, period.toString(), indicators.size())),
                        MailLine.of(Message.of("mail.submitted.indicators", String.join(", ", indicators)))),
                "/monitoring/coordinator.html");
        for (Account account : accounts.all()) {
            if (account.enabled() && account.hasRole(Role.COORDINATOR)) {
                outbox.enqueue(account.id(), MailKind.FORM_SUBMITTED, content);
            }
        }
    }
}
