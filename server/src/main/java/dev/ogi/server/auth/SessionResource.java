package dev.ogi.server.auth;

import dev.ogi.server.core.DomainException;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The browser's sign-in: {@code POST /api/session} (JSON or form) sets an HttpOnly, SameSite=Strict
 * session cookie and answers with the account and its CSRF token; {@code GET} says who is signed in
 * (and the token again, for a reloaded page); {@code DELETE} signs out.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
public record SessionResource(AuthService auth, boolean alwaysSecureCookie, UnitNames unitNames,
        dev.ogi.server.audit.AuditLog audit) {

    /** Who is signed in, what they may see, and the token state-changing requests must carry. */
    public record SessionView(String username, String role, String unitCode, String unitName, String csrfToken) {
    }

    public record Credentials(String username, String password) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Looks up a unit's name for the session view. */
    public interface UnitNames {
        Optional<String> nameOf(String code);
    }

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(Credentials credentials, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context jakarta.servlet.http.HttpServletRequest request) {
        if (credentials == null) {
            throw DomainException.invalid("请输入用户名和密码");
        }
        return open(credentials.username(), credentials.password(), uri, request.getRemoteAddr());
    }

    @POST
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signInWithForm(@FormParam("username") String username, @FormParam("password") String password,
            @HeaderParam("Origin") String origin, @HeaderParam("Sec-Fetch-Site") String fetchSite,
            @Context UriInfo uri, @Context jakarta.servlet.http.HttpServletRequest request) {
        // a form can be posted from any site (login CSRF): it must show that it came from this one
        if (!fromThisSite(origin, fetchSite, uri.getBaseUri())) {
            throw DomainException.notAllowed("拒绝来自其他网站或来源不明的登录请求（表单登录须来自本站页面）");
        }
        return open(username, password, uri, request.getRemoteAddr());
    }

    /** Same origin by the Origin header, or else by the browser's Sec-Fetch-Site; neither is refused. */
    static boolean fromThisSite(String origin, String fetchSite, URI base) {
        if (origin != null && !origin.isBlank() && !origin.equals("null")) {
            try {
                return sameOrigin(URI.create(origin.strip()), base);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return "same-origin".equals(fetchSite);
    }

    @GET
    @PublicEndpoint
    public Response current(@CookieParam(CredentialsFilter.SESSION_COOKIE) String token) {
        Optional<AuthService.ActiveSession> session = auth.findSession(token);
        if (session.isEmpty()) {
            return CredentialsFilter.error(Response.Status.UNAUTHORIZED, "尚未登录");
        }
        return Response.ok(view(session.get().user(), session.get().csrfToken())).build();
    }

    @DELETE
    @PublicEndpoint
    public Response signOut(@CookieParam(CredentialsFilter.SESSION_COOKIE) String token,
            @HeaderParam(CredentialsFilter.CSRF_HEADER) String csrf, @Context UriInfo uri) {
        Optional<AuthService.ActiveSession> session = auth.findSession(token);
        if (session.isPresent()) {
            String expected = session.get().csrfToken();
            if (csrf == null || !MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    expected.getBytes(StandardCharsets.UTF_8))) {
                throw DomainException.notAllowed("请求缺少有效的 CSRF 令牌（请求头 " + CredentialsFilter.CSRF_HEADER + "）");
            }
            auth.closeSession(token);
        }
        return Response.noContent().cookie(cookie("", uri, 0)).build();
    }

    /** Any signed-in account changes its own password (and every other session of it ends). */
    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({User.OFFICE, User.LEADER, User.UNIT})
    public Response changePassword(@Auth User user, PasswordChange change, @Context UriInfo uri,
            @Context jakarta.servlet.http.HttpServletRequest request) {
        if (change == null || change.currentPassword() == null) {
            throw DomainException.invalid("请输入当前密码");
        }
        try {
            auth.authenticate(user.username(), change.currentPassword(), request.getRemoteAddr());
        } catch (AuthException e) {
            throw e.wrongOrDisabled() ? DomainException.invalid("当前密码不正确") : e;
        }
        auth.setPassword(user.username(), change.newPassword());
        audit.record(dev.ogi.server.audit.AuditActor.of(user), "user.update.password", user.username(), null, null,
                "own password changed");
        return open(user.username(), change.newPassword(), uri, request.getRemoteAddr());
    }

    private Response open(String username, String password, UriInfo uri, String source) {
        User user = auth.authenticate(username, password, source);
        AuthService.NewSession session = auth.openSession(user);
        return Response.ok(view(user, session.csrfToken())).cookie(cookie(session.token(), uri, -1)).build();
    }

    private SessionView view(User user, String csrfToken) {
        String unitName = user.unitCode().flatMap(unitNames::nameOf).orElse(null);
        return new SessionView(user.username(), user.role(), user.unitCode().orElse(null), unitName, csrfToken);
    }

    private NewCookie cookie(String value, UriInfo uri, int maxAge) {
        boolean secure = alwaysSecureCookie || "https".equalsIgnoreCase(uri.getRequestUri().getScheme());
        return new NewCookie.Builder(CredentialsFilter.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost())
                && effectivePort(a) == effectivePort(b);
    }

    private static int effectivePort(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
