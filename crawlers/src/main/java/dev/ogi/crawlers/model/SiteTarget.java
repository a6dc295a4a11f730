package dev.ogi.crawlers.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One unit's website to crawl: the unit's code and name (a guide must name its own unit), its
 * group, its homepage and, when the unit publishes its OGI on a shared platform, its own entry
 * page there ({@code ogiUrl}, e.g. {@code http://zwgk.cd.gov.cn/jyj/index.html}): the crawl
 * starts there too, and pages under that entry's folder count as the unit's own.
 */
public record SiteTarget(String code, String name, String group, String homepage, Optional<String> ogiUrl) {

    public SiteTarget {
        ogiUrl = Objects.requireNonNullElse(ogiUrl, Optional.<String>empty())
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A unit without an OGI entry page on a platform. */
    public SiteTarget(String code, String name, String group, String homepage) {
        this(code, name, group, homepage, Optional.empty());
    }
}
