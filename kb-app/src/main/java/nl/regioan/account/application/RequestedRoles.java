package nl.regioan.account.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.regioan.access.domain.Role;
import nl.regioan.shared.api.FieldError;

/** Turns the role codes an administrator sent into roles, naming every unknown code. */
final class RequestedRoles {

    private RequestedRoles() {
    }

    static Set<Role> parse(List<String> codes, List<FieldError> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes == null || codes.isEmpty()) {
            errors.add(FieldError.of("roles", "account.roles.required"));
            return roles;
        }
        for (String code : codes) {
            Optional<Role> role = Role.fromCode(code);
            if (role.isEmpty()) {
                errors.add(FieldError.of("roles", "account.roles.unknown", abbreviate(code),
                        String.join(", ", EnumSet.allOf(Role.class).stream().map(Role::code).toList())));
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    private static String abbreviate(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
