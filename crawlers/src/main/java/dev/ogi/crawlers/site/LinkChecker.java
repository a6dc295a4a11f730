package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Link;
import dev.ogi.crawlers.model.WebsiteFinding.BrokenLink;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the links of the OGI pages once per round: each distinct address in the site's scope,
 * attachments first, through the page loader (robots, the host gate, the budget, redirects
 * followed). 4xx/5xx, no answer, a redirect loop or a soft 404 is broken; a redirect to a working
 * page, or to another site, is not. Addresses the crawl already read or failed on cost nothing.
 */
final class LinkChecker {

    /** The links checked and the broken ones among them. */
    record Outcome(int checked, List<BrokenLink> broken, int requests) {
    }

    private final PageLoader loader;
    private final SoftNotFoundProbe softNotFound;
    private final WebsitePages pages;
    private final SiteScope scope;

    LinkChecker(PageLoader loader, SoftNotFoundProbe softNotFound, WebsitePages pages, SiteScope scope) {
        this.loader = loader;
        this.softNotFound = softNotFound;
        this.pages = pages;
        this.scope = scope;
    }

    /** Checks the links of these pages, spending at most {@code requests} requests. */
    Outcome check(List<WebsitePages.Seen> on, int requests) throws InterruptedException {
        Map<String, String> where = new LinkedHashMap<>();
        Map<String, URI> urls = new LinkedHashMap<>();
        for (boolean attachments : new boolean[] {true, false}) {
            for (WebsitePages.Seen page : on) {
                for (Link l : page.links()) {
                    if ((l.kind() == Link.Kind.ANCHOR || l.kind() == Link.Kind.AREA) && scope.contains(l.url())
                            && isAttachment(l.url()) == attachments && !l.url().equals(page.url())) {
                        where.putIfAbsent(l.url().toString(), page.url().toString());
                        urls.putIfAbsent(l.url().toString(), l.url());
                    }
                }
            }
        }
        int checked = 0;
        int spent = 0;
        List<BrokenLink> broken = new ArrayList<>();
        for (Map.Entry<String, URI> e : urls.entrySet()) {
            URI url = e.getValue();
            String on0 = where.get(e.getKey());
            if (pages.page(url).isPresent()) {
                checked++;
                if (pages.page(url).get().saysNotFound()) {
                    broken.add(new BrokenLink(url.toString(), 200, on0, "返回“页面不存在”的页面（软404）"));
                }
                continue;
            }
            if (pages.failure(url).isPresent()) {
                checked++;
                WebsitePages.Failed f = pages.failure(url).get();
                broken.add(new BrokenLink(url.toString(), f.status(), on0, f.answer()));
                continue;
            }
            if (spent >= requests || !loader.canFetch()) {
                continue; // no requests left: the address is not counted as checked
            }
            spent++;
            try {
                PageLoader.Reached reached = loader.reach(url);
                checked++;
                if (reached.unusable() == null && softNotFound.isSoftNotFound(reached.response(), reached.url())) {
                    broken.add(new BrokenLink(url.toString(), 200, on0, "返回“页面不存在”的页面（软404）"));
                }
            } catch (FetchFailure f) {
                if (counts(f)) {
                    checked++;
                    int status = f.kind() == FetchFailure.Kind.HTTP_STATUS ? f.status() : 0;
                    broken.add(new BrokenLink(url.toString(), status, on0, f.getMessage()));
                }
            }
        }
        return new Outcome(checked, broken, spent);
    }

    /** Whether a failure says the link is broken (not: robots, no budget or time left, a refused address). */
    private static boolean counts(FetchFailure f) {
        return switch (f.kind()) {
            case ROBOTS, BUDGET, SITE_TIMEOUT, FORBIDDEN_ADDRESS, UNSUPPORTED_SCHEME, TOO_LARGE,
                 DECOMPRESSED_TOO_LARGE, BINARY -> false;
            default -> true;
        };
    }

    static boolean isAttachment(URI url) {
        String p = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        return p.endsWith(".doc") || p.endsWith(".docx") || p.endsWith(".pdf") || p.endsWith(".xls")
                || p.endsWith(".xlsx") || p.endsWith(".wps") || p.endsWith(".zip") || p.endsWith(".rar");
    }
}
