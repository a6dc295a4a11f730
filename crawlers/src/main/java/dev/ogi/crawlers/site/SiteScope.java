package dev.ogi.crawlers.site;

import crawlercommons.domains.EffectiveTldFinder;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts belong to one unit's site. The unit's own hosts are the homepage's host (without a
 * leading {@code www.}) and its sub-domains, widened to wherever the homepage itself moves
 * (HTTP, meta or script redirects, frames of the homepage chain); the configured OGI platform hosts
 * (a provincial platform, say) are in scope for every unit but are not the unit's own.
 * Not thread-safe; one instance per site crawl.
 */
public final class SiteScope {

    private final Set<String> platformHosts;
    private final Set<String> ownBases = new LinkedHashSet<>();

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
    }

    /** The unit's own hosts, not the shared platforms. */
    public boolean isOwnHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String base : ownBases) {
            if (isSameOrSubdomain(h, base)) {
                return true;
            }
        }
        return false;
    }

    /** Whether links to this host are followed: the unit's own hosts and the platform hosts. */
    public boolean contains(String host) {
        if (host == null) {
            return false;
        }
        return platformHosts.contains(host.toLowerCase(Locale.ROOT)) || isOwnHost(host);
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
     * a bare suffix or an unknown top-level domain. Not used for the scope yet: sibling hosts under
     * one registrable domain are not counted as the unit's own.
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
        return "SiteScope" + ownBases + (platformHosts.isEmpty() ? "" : " + platforms " + platformHosts);
    }
}
