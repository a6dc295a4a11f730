package dev.ogi.server.auth;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Deny by default: every resource method requires a signed-in account unless it is marked
 * {@link PublicEndpoint}. Roles are then checked by {@code @RolesAllowed}
 * ({@code RolesAllowedDynamicFeature}); a method someone forgot to annotate is still closed to
 * the anonymous.
 */
public record RequireSignInFeature(CredentialsFilter filter) implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        boolean isPublic = resourceInfo.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
        if (!isPublic) {
            context.register(resourceInfo.getResourceMethod().isAnnotationPresent(ForbiddenToAnonymous.class)
                    ? filter.forbiddingAnonymous() : filter);
        }
    }
}
