package dev.ogi.crawlers.site;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.ogi.crawlers.fetch.FetchFailure;
import dev.ogi.crawlers.fetch.FetchResponse;
import dev.ogi.crawlers.fetch.Urls;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt of every server one site's crawl touches, fetched once per scheme and host (through
 * the site's polite fetcher, so it counts against the budget), and its Crawl-delay passed to the
 * shared host gate.
 */
final class Robots {

    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(10);

    private final SiteFetcher fetcher;
    private final String robotName;
    private final Map<String, BaseRobotRules> rules = new HashMap<>();

    Robots(SiteFetcher fetcher, String userAgent) {
        this.fetcher = fetcher;
        this.robotName = robotToken(userAgent);
    }

    /** The product token robots.txt groups are matched against, lower-cased. */
    static String robotToken(String userAgent) {
        String token = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
        return token.isBlank() ? "ogi-readiness-crawler" : token;
    }

    boolean allows(URI url) throws InterruptedException {
        return rulesFor(url).isAllowed(url.toString());
    }

    private BaseRobotRules rulesFor(URI url) throws InterruptedException {
        String key = url.getScheme() + "://" + Urls.hostKey(url);
        BaseRobotRules known = rules.get(key);
        if (known != null) {
            return known;
        }
        BaseRobotRules found;
        URI robotsUrl = URI.create(key + "/robots.txt");
        try {
            FetchResponse r = fetcher.fetch(robotsUrl);
            if (r.status() == 200) {
                found = new SimpleRobotRulesParser().parseContent(robotsUrl.toString(), r.body(),
                        r.contentType().orElse("text/plain"), List.of(robotName));
                long crawlDelayMs = found.getCrawlDelay();
                if (crawlDelayMs > 0) {
                    fetcher.requestDelay(Urls.hostKey(url), Duration.ofMillis(crawlDelayMs), MAX_CRAWL_DELAY);
                }
            } else {
                // Missing robots.txt (4xx), redirects and server errors: no rules known, allow.
                found = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            }
        } catch (FetchFailure f) {
            found = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        rules.put(key, found);
        return found;
    }
}
