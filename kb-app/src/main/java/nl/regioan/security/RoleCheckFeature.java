package nl.regioan.security;

import nl.regioan.shared.api.RefusedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Enforces {@code @RolesAllowed} on REST resources (method first, then class). {@code @PermitAll}
 * resources still need a logged-in actor unless web.xml leaves their path open (only the login).
 * Finer rules (own municipality, visibility) are the access policy's, asked by the use cases.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        boolean permitAll = method.isAnnotationPresent(PermitAll.class);
        if (roles == null && !permitAll) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
            permitAll = resource.getResourceClass().isAnnotationPresent(PermitAll.class);
        }
        if (roles != null) {
            context.register(new RoleFilter(Set.copyOf(Arrays.asList(roles.value()))));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleFilter implements ContainerRequestFilter {

        private final Set<String> allowed;

        RoleFilter(Set<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext requestContext) {
            SecurityContext security = requestContext.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Log in first.", "Session");
            }
            // The container's roles are the actor's roles (see PlatformAuthenticationMechanism, glassfish-web.xml).
            if (allowed.stream().noneMatch(security::isUserInRole)) {
                throw RefusedException.of("access.roleRequired", allowed.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }
}
