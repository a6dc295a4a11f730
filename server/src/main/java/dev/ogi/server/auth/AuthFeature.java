package dev.ogi.server.auth;

import dev.ogi.server.AppContext;
import dev.ogi.server.units.Unit;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Sign-in and roles for the whole API: every resource method needs an account (Basic or session
 * cookie) unless marked {@link PublicEndpoint}; {@code @RolesAllowed} is enforced; resources take
 * {@code @Auth User user}. Also the security headers on every response.
 */
public final class AuthFeature {

    private final AppContext context;
    private final AuthService auth;

    public AuthFeature(AppContext context) {
        this.context = context;
        this.auth = context.auth();
    }

    public void register(Environment environment) {
        environment.jersey().register(new RequireSignInFeature(new CredentialsFilter(auth)));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(User.class));
        environment.jersey().register(new ForbiddenExceptionMapper());
        environment.jersey().register(new SessionResource(auth, context.configuration().getAuth().isSecureCookie(),
                code -> context.units().find(code).map(Unit::name), context.audit()));
        environment.jersey().register(new UserResource(auth, context.audit()));
        environment.servlets().addFilter("security-headers", new SecurityHeadersFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
