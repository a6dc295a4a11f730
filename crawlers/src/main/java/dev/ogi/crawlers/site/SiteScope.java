package dev.ogi.crawlers.site;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts belong to one unit's site, and which pages are the unit's own.
 * <ul>
 * <li>Own hosts: the homepage's host (without a leading {@code www.}) and its sub-domains, widened
 * to wherever the homepage itself moves (HTTP, meta or script redirects, frames of the homepage
 * chain). Every page on them is the unit's own.</li>
 * <li>Followed but shared: sibling hosts under the same registrable domain (homepage
 * {@code xxgk.X.gov.cn} linking to {@code www.X.gov.cn}, or a city-wide {@code zwgk.X.gov.cn}),
 * the configured OGI platform hosts (a provincial platform, say) and the host of the unit's own
 * OGI entry page. A page there is the unit's own only under the entry page's folder, or when it
 * names the unit (the judges decide that).</li>
 * </ul>
 * The registrable domain comes from the public suffix list, where {@code gov.cn} is a suffix:
 * {@code www.cd.gov.cn} belongs to {@code cd.gov.cn}, never to all of {@code gov.cn}.
 * Not thread-safe; one instance per site crawl.
 */
public final class SiteScope {

    static {
        // The public suffix list is loaded once, here: crawler-commons' getInstance() is not
        // synchronized, and a thousand site crawls starting at once each built a trie of their own
        // (hundreds of MB and CPU-seconds). The class initializer runs once; other threads wait for it.
        EffectiveTldFinder.getInstance();
    }

    private final Set<String> platformHosts;
    private final Set<String> ownBases = new LinkedHashSet<>();
    private final Set<String> registrableDomains = new LinkedHashSet<>();
    private final Set<String> entryHosts = new LinkedHashSet<>();
    private final List<URI> entryPrefixes = new ArrayList<>();

    /** @param platformHosts lower-cased host names shared by every unit (see CrawlerSettings) */
    public SiteScope(Set<String> platformHosts) {
        this.platformHosts = Set.copyOf(platformHosts);
    }

    /** A scope starting at the homepage's host. */
    public static SiteScope startingAt(URI homepage, Set<String> platformHosts) {
        SiteScope scope = new SiteScope(platformHosts);
        scope.addOwnHost(homepage.getHost());
        return scope;
    }

    /** Counts this host and its sub-domains as the unit's own (the homepage moved there). */
    public void addOwnHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        ownBases.add(h.startsWith("www.") ? h.substring(4) : h);
        registrableDomain(h).ifPresent(registrableDomains::add);
    }

    /**
     * The unit's own OGI entry page on a platform: its host is followed, and pages under its
     * folder ({@code /jyj/} for {@code /jyj/index.html}) are the unit's own. An entry page at the
     * host's root folder owns only itself (a root folder would claim the whole platform).
     */
    public void addOgiEntry(URI entry) {
        if (entry.getHost() == null) {
            return;
        }
        entryHosts.add(entry.getHost().toLowerCase(Locale.ROOT));
        entryPrefixes.add(entry);
    }

    /** Whether this page is the unit's own: on an own host, or in its section of a platform. */
    public boolean owns(URI url) {
        if (isOwnHost(url.getHost())) {
            return true;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        for (URI entry : entryPrefixes) {
            if (!entry.getHost().equalsIgnoreCase(host)) {
                continue;
            }
            String entryPath = entry.getPath() == null || entry.getPath().isEmpty() ? "/" : entry.getPath();
            String folder = entryPath.substring(0, entryPath.lastIndexOf('/') + 1);
            if (folder.equals("/") ? path.equals(entryPath) && Objects.equals(url.getQuery(), entry.getQuery())
                    : path.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The unit's own hosts, not the shared platforms. */
    public boolean isOwnHost(String host) {
        return host != null && ownBases.stream().anyMatch(base -> isSameOrSubdomain(host.toLowerCase(Locale.ROOT), base));
    }

    /**
     * Whether links to this host are followed: the unit's own hosts, their siblings under the same
     * registrable domain, the platform hosts and the host of the unit's OGI entry page.
     */
    public boolean contains(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return platformHosts.contains(h) || entryHosts.contains(h) || isOwnHost(h)
                || registrableDomain(h).map(registrableDomains::contains).orElse(false);
    }

    public boolean contains(URI url) {
        return contains(url.getHost());
    }

    /** The bases the own hosts are matched against (host names without {@code www.}), in order found. */
    public Set<String> ownBases() {
        return Set.copyOf(ownBases);
    }

    /**
     * The registrable domain of a host by the public suffix list ({@code chengdu.gov.cn} for
     * {@code xxgk.chengdu.gov.cn}, as {@code gov.cn} is a public suffix); empty for an IP address,
     * a bare suffix or an unknown top-level domain.
     */
    public static Optional<String> registrableDomain(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(EffectiveTldFinder.getAssignedDomain(host.toLowerCase(Locale.ROOT), true, false));
    }

    private static boolean isSameOrSubdomain(String host, String base) {
        return host.equals(base) || (host.endsWith(base) && host.charAt(host.length() - base.length() - 1) == '.');
    }

    @Override
    public String toString() {
        return "SiteScope" + ownBases + " within " + registrableDomains
                + (platformHosts.isEmpty() ? "" : " + platforms " + platformHosts)
                + (entryPrefixes.isEmpty() ? "" : " + OGI entries " + entryPrefixes);
    }
}
