package nl.regioan.account.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.regioan.account.domain.Account;
import nl.regioan.account.domain.AccountRepository;
import nl.regioan.access.domain.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure an empty installation can be entered: when no administrator exists, creates the
 * account "admin" with the password from KB_ADMIN_PASSWORD, or with a generated one that is
 * printed once (and must be changed at the first login).
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "kb.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureAdministratorExists() {
        long administrators = accounts.countWithRole(Role.ADMIN);
        if (administrators > 0) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? randomPassword() : configuredPassword.get();
        Account admin = new Account(USERNAME, "Beheerder", null, Set.of(Role.ADMIN), hasher.hash(password));
        if (generated) {
            admin.changePassword(admin.passwordHash(), true);
        }
        accounts.add(admin);
        if (generated) {
            LOG.warning("First administrator created: username '" + USERNAME + "', password '" + password
                    + "'. It is shown only now and must be changed at the first login.");
        } else {
            LOG.info("First administrator created: username '" + USERNAME + "', password from KB_ADMIN_PASSWORD.");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
