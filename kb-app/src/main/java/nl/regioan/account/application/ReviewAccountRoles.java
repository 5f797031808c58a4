package nl.regioan.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioan.access.domain.Actor;
import nl.regioan.access.domain.Role;
import nl.regioan.account.domain.Account;

/**
 * Who holds which role, per role: the quarterly review of special privileges that the BIO asks
 * for. Only enabled accounts count; each is named with its municipality, or "regio".
 */
@ApplicationScoped
public class ReviewAccountRoles {

    @Inject
    ListAccounts listAccounts;

    public Map<String, List<String>> review(Actor actor) {
        List<Account> enabled = listAccounts.all(actor).stream()
                .filter(Account::enabled)
                .sorted(Comparator.comparing(Account::username))
                .toList();
        Map<String, List<String>> review = new TreeMap<>();
        for (Role role : Role.values()) {
            review.put(role.code(), enabled.stream()
                    .filter(account -> account.hasRole(role))
                    .map(ReviewAccountRoles::named)
                    .toList());
        }
        return review;
    }

    private static String named(Account account) {
        return account.username() + account.municipality().map(m -> " (" + m.name() + ")").orElse(" (regio)");
    }
}
