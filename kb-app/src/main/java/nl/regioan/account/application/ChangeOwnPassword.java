package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/** A person changes their own password, proving the current one; the new one must differ from it and the username. */
@ApplicationScoped
public class ChangeOwnPassword {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 1000;

    @Inject
    AccountDirectory directory;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Transactional
    public void change(Actor actor, String currentPassword, String newPassword) {
        Account account = directory.require(actor.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            errors.add(FieldError.of("currentPassword", "account.password.current"));
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > MAX_PASSWORD) {
            errors.add(FieldError.of("newPassword", "account.password.length", MIN_PASSWORD, MAX_PASSWORD));
        } else if (newPassword.equalsIgnoreCase(account.username()) || newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("newPassword", "account.password.differ"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.changePassword(hasher.hash(newPassword), false);
        audit.record("account.password-change", "account", account.id(), null, null);
    }
}
