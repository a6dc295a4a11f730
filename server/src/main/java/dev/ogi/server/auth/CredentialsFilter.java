package dev.ogi.server.auth;

import dev.ogi.server.core.DomainExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Signs each API request in, from either HTTP Basic credentials (scripts: no session, no CSRF
 * token) or the session cookie of the form login (browsers: state-changing requests must carry
 * the session's CSRF token in {@value #CSRF_HEADER}). Requests with neither get a JSON 401.
 */
@Priority(Priorities.AUTHENTICATION)
public final class CredentialsFilter implements ContainerRequestFilter {

    /** The request attribute holding the client's address, set by {@link SecurityHeadersFilter}. */
    static final String CLIENT_ADDRESS = "ogi.clientAddress";

    public static final String SESSION_COOKIE = "ogi_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuthService auth;
    private final boolean anonymousForbidden;

    public CredentialsFilter(AuthService auth) {
        this(auth, false);
    }

    private CredentialsFilter(AuthService auth, boolean anonymousForbidden) {
        this.auth = auth;
        this.anonymousForbidden = anonymousForbidden;
    }

    /** The same filter answering 403 to a request without any credentials ({@link ForbiddenToAnonymous}). */
    CredentialsFilter forbiddingAnonymous() {
        return new CredentialsFilter(auth, true);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            signInWithBasic(request, authorization.substring(6).strip());
            return;
        }
        Cookie cookie = request.getCookies().get(SESSION_COOKIE);
        Optional<AuthService.ActiveSession> session = cookie == null ? Optional.empty() : auth.findSession(cookie.getValue());
        if (session.isEmpty() && cookie == null && anonymousForbidden) {
            request.abortWith(error(Response.Status.FORBIDDEN, "未登录的访问者无权进行此操作"));
            return;
        }
        if (session.isEmpty()) {
            request.abortWith(unauthorized(request, cookie == null ? "请先登录" : "登录已过期，请重新登录"));
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request, session.get().csrfToken())) {
            request.abortWith(error(Response.Status.FORBIDDEN,
                    "请求缺少有效的 CSRF 令牌（请求头 " + CSRF_HEADER + "）：请刷新页面后重试"));
            return;
        }
        request.setSecurityContext(new UserSecurityContext(session.get().user(), SecurityContext.FORM_AUTH,
                request.getSecurityContext().isSecure()));
    }

    private void signInWithBasic(ContainerRequestContext request, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            request.abortWith(unauthorized(request, "Authorization 请求头不是有效的 Basic 凭据"));
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            request.abortWith(unauthorized(request, "Authorization 请求头不是有效的 Basic 凭据"));
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && "cross-site".equals(request.getHeaderString("Sec-Fetch-Site"))) {
            // a browser replaying remembered Basic credentials for another site's form: a CSRF attempt
            request.abortWith(error(Response.Status.FORBIDDEN, "拒绝来自其他网站的修改请求"));
            return;
        }
        User user;
        try {
            user = auth.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1),
                    String.valueOf(request.getProperty(CLIENT_ADDRESS)));
        } catch (AuthException e) {
            request.abortWith(e.wrongOrDisabled() ? unauthorized(request, e.getMessage())
                    : error(Response.Status.fromStatusCode(DomainExceptionMapper.status(e.kind())), e.getMessage()));
            return;
        }
        request.setSecurityContext(new UserSecurityContext(user, SecurityContext.BASIC_AUTH,
                request.getSecurityContext().isSecure()));
    }

    private static boolean csrfTokenMatches(ContainerRequestContext request, String expected) {
        String sent = request.getHeaderString(CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A 401. Scripts get the Basic challenge; browsers do not (it would pop up the browser's own
     * password dialog over our login page): a browser's request says so with X-Requested-With
     * (our pages' fetches) or a Sec-Fetch-Mode header (every request of a modern browser).
     */
    static Response unauthorized(ContainerRequestContext request, String message) {
        Response.ResponseBuilder response = Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", message));
        boolean browser = request.getHeaderString("X-Requested-With") != null
                || request.getHeaderString("Sec-Fetch-Mode") != null;
        if (!browser) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ogi\", charset=\"UTF-8\"");
        }
        return response.build();
    }

    static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", message)).build();
    }

    /** The signed-in account as Jersey's security context, so {@code @RolesAllowed} sees its role. */
    record UserSecurityContext(User user, String scheme, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return scheme;
        }
    }
}
