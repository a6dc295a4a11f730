package dev.ogi.crawlers.model;

/**
 * One unit's website to crawl: the unit's code and name (a guide must name its own unit), its
 * group, and its homepage.
 */
public record SiteTarget(String code, String name, String group, String homepage) {
}
