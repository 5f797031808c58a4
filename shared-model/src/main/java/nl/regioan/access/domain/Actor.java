package nl.regioan.access.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The person (or API token) behind a request, as the security layer established it; never built
 * from request parameters.
 *
 * @param municipalityId null for regional staff
 */
public record Actor(long accountId, String username, Long municipalityId, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role candidate : candidates) {
            if (roles.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Long> municipality() {
        return Optional.ofNullable(municipalityId);
    }

    public boolean belongsTo(Long municipality) {
        return municipalityId != null && municipalityId.equals(municipality);
    }
}
