package dev.ogi.reports.campaign;

/** How a milestone is evidenced: seen by the crawler, declared by the unit, or both. */
public enum Evidencing {
    crawled,
    declared,
    both
}
