package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.regioan.access.domain.AccessPolicy;
import nl.regioan.access.domain.Actor;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.access.domain.Role;
import nl.regioan.audit.application.AuditTrail;
import nl.regioan.audit.application.Json;
import nl.regioan.region.domain.CbsCode;
import nl.regioan.region.domain.Municipality;
import nl.regioan.region.domain.MunicipalityRepository;
import nl.regioan.shared.api.FieldError;
import nl.regioan.shared.api.InvalidInputException;

/** Account management by administrators, and a person's own password change. Every change is audited. */
@ApplicationScoped
public class AccountAdministration {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    AccessPolicy policy;

    @Inject
    MunicipalityRepository municipalities;

    private final SecureRandom random = new SecureRandom();

    /** What an administrator asks for; municipality is a CBS code, or empty for regional staff. */
    public record NewAccount(String username, String displayName, String municipality, List<String> roles) {
    }

    /** A created or reset account with its one-time password. */
    public record IssuedPassword(Account account, String temporaryPassword) {
    }

    public Account account(long id) {
        return accounts.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no account with id " + id + "."));
    }

    public List<Account> list(Actor actor) {
        policy.require(policy.canManageAccounts(actor), "manage accounts");
        return accounts.all();
    }

    @Transactional
    public IssuedPassword create(Actor actor, NewAccount request) {
        policy.require(policy.canManageAccounts(actor), "manage accounts");
        List<FieldError> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "use 3 to 100 characters: lower-case letters, digits, . _ @ or -"));
        } else if (accounts.findByUsername(username).isPresent()) {
            errors.add(new FieldError("username", "'" + username + "' is already taken"));
        }
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200) {
            errors.add(new FieldError("displayName", "give the person's name, 1 to 200 characters"));
        }
        Municipality municipality = municipalityOf(request.municipality(), errors);
        Set<Role> roles = roles(request.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String password = temporaryPassword();
        Account account = new Account(username, displayName, municipality, roles, hasher.hash(password));
        account.changePassword(account.passwordHash(), true);
        accounts.add(account);
        audit.record("account.create", "account", account.id(), null, describe(account));
        return new IssuedPassword(account, password);
    }

    @Transactional
    public Account changeRoles(Actor actor, long accountId, List<String> roleCodes, long expectedVersion) {
        policy.require(policy.canManageAccounts(actor), "manage accounts");
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(roleCodes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = versioned(accountId, expectedVersion);
        String before = describe(account);
        account.replaceRoles(roles);
        accounts.update(account);
        audit.record("account.roles", "account", account.id(), before, describe(account));
        return account;
    }

    @Transactional
    public IssuedPassword resetPassword(Actor actor, long accountId) {
        policy.require(policy.canManageAccounts(actor), "manage accounts");
        Account account = account(accountId);
        String password = temporaryPassword();
        account.changePassword(hasher.hash(password), true);
        audit.record("account.password-reset", "account", account.id(), null, null);
        return new IssuedPassword(account, password);
    }

    @Transactional
    public Account setEnabled(Actor actor, long accountId, boolean enabled) {
        policy.require(policy.canManageAccounts(actor), "manage accounts");
        Account account = account(accountId);
        if (!enabled && account.id().equals(actor.accountId())) {
            throw new InvalidInputException("enabled", "you cannot disable your own account");
        }
        boolean before = account.enabled();
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        audit.record(enabled ? "account.enable" : "account.disable", "account", account.id(),
                Json.object("enabled", before), Json.object("enabled", enabled));
        return account;
    }

    @Transactional
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Account account = account(actor.accountId());
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || !hasher.matches(currentPassword, account.passwordHash())) {
            errors.add(new FieldError("currentPassword", "does not match your current password"));
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > 1000) {
            errors.add(new FieldError("newPassword", "use at least " + MIN_PASSWORD + " and at most 1000 characters"));
        } else if (newPassword.equalsIgnoreCase(account.username()) || newPassword.equals(currentPassword)) {
            errors.add(new FieldError("newPassword", "must differ from your username and your current password"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.changePassword(hasher.hash(newPassword), false);
        audit.record("account.password-change", "account", account.id(), null, null);
    }

    private Account versioned(long accountId, long expectedVersion) {
        Account account = account(accountId);
        if (account.version() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException(
                    "The account was changed by someone else; reload it and try again.");
        }
        return account;
    }

    private Municipality municipalityOf(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            Optional<Municipality> found = municipalities.findByCbsCode(CbsCode.of(code));
            if (found.isEmpty()) {
                errors.add(new FieldError("municipality", "no municipality with CBS code " + code + " in the region"));
            }
            return found.orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("municipality", e.getMessage()));
            return null;
        }
    }

    private static Set<Role> roles(List<String> codes, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes == null || codes.isEmpty()) {
            errors.add(new FieldError("roles", "give at least one role"));
            return roles;
        }
        for (String code : codes) {
            Optional<Role> role = Role.fromCode(code);
            if (role.isEmpty()) {
                errors.add(new FieldError("roles", "unknown role '" + abbreviate(code) + "'; allowed: "
                        + String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::code).toList())));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String describe(Account account) {
        return Json.object("username", account.username(), "displayName", account.displayName(),
                "municipality", account.municipality().map(m -> m.cbsCode().value()).orElse(null),
                "roles", account.roles().stream().map(Role::code).sorted().toList(),
                "enabled", account.enabled());
    }

    private String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
