package dev.ogi.server.auth;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, pages and API alike: a Content-Security-Policy that allows
 * no inline script and no framing, no MIME sniffing, no referrer to other sites, and no caching of
 * API answers (they hold one account's view).
 */
public final class SecurityHeadersFilter implements Filter {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final java.util.regex.Pattern FRAMED_BULLETIN = java.util.regex.Pattern.compile("/api/bulletins/\\d+/html");
    static final String FRAMED_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            boolean framedBulletin = request instanceof HttpServletRequest r && FRAMED_BULLETIN.matcher(r.getRequestURI()).matches();
            // a bulletin's page is shown in a frame of the bulletins page (no script may run in it)
            http.setHeader("Content-Security-Policy", framedBulletin ? FRAMED_POLICY : CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("X-Frame-Options", framedBulletin ? "SAMEORIGIN" : "DENY");
            if (request instanceof HttpServletRequest httpRequest && httpRequest.getRequestURI().startsWith("/api/")) {
                http.setHeader("Cache-Control", "no-store");
            }
        }
        // sign-in by Basic happens in a JAX-RS filter, which sees request attributes but not the socket
        request.setAttribute(CredentialsFilter.CLIENT_ADDRESS, request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
