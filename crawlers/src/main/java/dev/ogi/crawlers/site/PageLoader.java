package dev.ogi.crawlers.site;

import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.judge.Intent;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads one address as a page: follows HTTP redirects (each hop robots-checked and polite, loops
 * and long chains refused, hops leaving the site refused unless the homepage itself moved), then
 * decodes the body. Meta-refresh, script redirects and frames are the parsed page's and are
 * followed through the frontier.
 */
final class PageLoader {

    private final SiteFetcher fetcher;
    private final Robots robots;
    private final SiteScope scope;
    private final Frontier frontier;
    private final int maxRedirects;
    private boolean robotsBlocked;

    PageLoader(SiteFetcher fetcher, Robots robots, SiteScope scope, Frontier frontier, int maxRedirects) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.scope = scope;
        this.frontier = frontier;
        this.maxRedirects = maxRedirects;
    }

    /**
     * @param hops      redirects already followed to reach {@code url}
     * @param homeChain whether this is the homepage (or where it moved): then leaving the site is followed
     * @param intent    what the link promised; a robots refusal of a promising link is reported
     */
    Loaded load(URI url, int hops, boolean homeChain, Intent intent) throws FetchFailure, InterruptedException {
        Reached reached = reach(url, hops, homeChain, intent);
        return reached.unusable() != null ? reached.unusable() : PageDecoder.decode(reached.response(), reached.url());
    }

    /**
     * Where an address leads, for a link check: redirects followed as {@link #load} does, the
     * final answer not decoded (a link check reads no attachment's text and parses no page it need not).
     *
     * @return the final answer and its address, or the reason there is no page there
     */
    Reached reach(URI url) throws FetchFailure, InterruptedException {
        return reach(url, 0, false, Intent.OTHER);
    }

    /** The final answer of a redirect chain ({@code unusable} null), or why the chain gave none. */
    record Reached(FetchResponse response, URI url, Loaded unusable) {
    }

    private Reached reach(URI url, int hops, boolean homeChain, Intent intent) throws FetchFailure, InterruptedException {
        URI current = url;
        List<String> chain = new ArrayList<>();
        chain.add(current.toString());
        int hop = hops;
        while (true) {
            FetchResponse response = request(current, intent, homeChain);
            if (!response.isRedirect()) {
                frontier.markRequested(current);
                if (response.status() >= 400) {
                    throw new FetchFailure(FetchFailure.Kind.HTTP_STATUS,
                            "HTTP " + response.status() + statusWords(response.status()) + " " + current, response.status());
                }
                return new Reached(response, current, null);
            }
            Optional<URI> next = Urls.resolve(current, response.location().get());
            if (next.isEmpty()) {
                return new Reached(response, current,
                        Loaded.unusable(response, current, "重定向地址无效（" + response.location().get() + "） " + current));
            }
            hop++;
            if (chain.contains(next.get().toString())) {
                throw new FetchFailure(FetchFailure.Kind.REDIRECT_LOOP,
                        "重定向循环：" + String.join(" → ", chain) + " → " + next.get());
            }
            if (hop > maxRedirects) {
                throw new FetchFailure(FetchFailure.Kind.TOO_MANY_REDIRECTS, "重定向次数超过" + maxRedirects + "次 " + url);
            }
            if (!scope.contains(next.get())) {
                if (!homeChain) {
                    return new Reached(response, current,
                            Loaded.unusable(response, current, "链接重定向到站外（" + next.get() + "）"));
                }
                scope.addOwnHost(next.get().getHost()); // the homepage moved to another domain: follow it
            }
            current = next.get();
            chain.add(current.toString());
        }
    }

    /** Whether another request fits in the site's budget and deadline. */
    boolean canFetch() {
        return !fetcher.expired() && fetcher.budgetLeft();
    }

    /** Whether robots.txt refused the homepage chain or a promising link. */
    boolean robotsBlocked() {
        return robotsBlocked;
    }

    private FetchResponse request(URI url, Intent intent, boolean homeChain) throws FetchFailure, InterruptedException {
        frontier.markRequested(url);
        if (!robots.allows(url)) {
            if (homeChain || intent != Intent.OTHER) {
                robotsBlocked = true;
            }
            throw new FetchFailure(FetchFailure.Kind.ROBOTS, "robots.txt 禁止抓取 " + url);
        }
        return fetcher.fetch(url);
    }

    private static String statusWords(int status) {
        return switch (status) {
            case 403 -> "（禁止访问）";
            case 404 -> "（页面不存在）";
            case 500 -> "（服务器内部错误）";
            case 502 -> "（网关错误）";
            case 503 -> "（服务不可用）";
            case 504 -> "（网关超时）";
            default -> status >= 500 ? "（服务器错误）" : "";
        };
    }
}
