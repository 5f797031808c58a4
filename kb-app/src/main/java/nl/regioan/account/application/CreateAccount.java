package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;
import nl.regioan.shared.api.InvalidValueException;
import nl.regioan.shared.api.Message;

/** An administrator creates an account; it gets a one-time password that must be changed at first login. */
@ApplicationScoped
public class CreateAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    @Inject
    AccountRepository accounts;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    PasswordHasher hasher;

    @Inject
    TemporaryPasswords temporaryPasswords;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy policy;

    /** What an administrator asks for; municipality is a CBS code, or empty for regional staff. */
    public record NewAccount(String username, String displayName, String municipality, List<String> roles) {
    }

    @Transactional
    public IssuedPassword create(Actor actor, NewAccount request) {
        policy.require(policy.canManageAccounts(actor), Message.of("access.refused.manageAccounts"));
        List<FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(FieldError.of("username", "account.username.format", 3, 100));
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.add(FieldError.of("username", "account.username.taken", username));
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            errors.add(FieldError.of("displayName", "account.displayName", 1, 200));
        }
        Municipality municipality = municipalityOf(request.municipality(), errors);
        Set<Role> roles = RequestedRoles.parse(request.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String password = temporaryPasswords.next();
        Account account = new Account(username, displayName, municipality, roles, hasher.hash(password));
        account.changePassword(account.passwordHash(), true);
        accounts.add(account);
        audit.record("account.create", "account", account.id(), null, AccountAuditText.describe(account));
        return new IssuedPassword(account, password);
    }

    private Municipality municipalityOf(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Optional<Municipality> found = municipalities.findByCbsCode(CbsCode.of(code));
            if (found.isEmpty()) {
                errors.add(FieldError.of("municipality", "municipality.unknownInRegion", code));
            }
            return found.orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("municipality", InvalidValueException.reasonOf(e)));
            return null;
        }
    }
}
