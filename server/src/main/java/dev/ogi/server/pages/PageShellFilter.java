package dev.ogi.server.pages;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code /} and {@code /<page>.html} with the rendered page shell; everything else (the
 * scripts, styles, WebJars and the API) passes on to the asset servlet and Jersey.
 */
public record PageShellFilter(PageShells pages) implements Filter {

    private static final Pattern PAGE_PATH = Pattern.compile("/([a-z]+)\\.html");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PageShells.Page> page = request instanceof HttpServletRequest http ? pageFor(http) : Optional.empty();
        if (page.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("ETag", page.get().etag());
        // a page is tiny and changes with a release: always revalidate, answer 304 when unchanged
        out.setHeader("Cache-Control", "no-cache");
        if (page.get().etag().equals(http.getHeader("If-None-Match"))) {
            out.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        out.setContentType("text/html;charset=UTF-8");
        out.setContentLength(page.get().html().length);
        if (!"HEAD".equals(http.getMethod())) {
            out.getOutputStream().write(page.get().html());
        }
    }

    private Optional<PageShells.Page> pageFor(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getRequestURI();
        if (path.equals("/")) {
            return pages.page("index");
        }
        Matcher matcher = PAGE_PATH.matcher(path);
        return matcher.matches() ? pages.page(matcher.group(1)) : Optional.empty();
    }
}
