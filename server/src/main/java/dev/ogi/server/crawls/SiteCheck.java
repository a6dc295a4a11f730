package dev.ogi.server.crawls;

/**
 * One unit's site as one round saw it: a row of {@code site_checks} (V2__crawls.sql is the
 * contract; element and field codes comma-separated).
 */
public record SiteCheck(
        long id,
        long roundId,
        String unitCode,
        String asOf,
        String startedAt,
        String finishedAt,
        String homepage,
        boolean reachable,
        String error,
        boolean robotsBlocked,
        int pagesFetched,
        boolean ogiColumn,
        int consecutiveFailures,
        boolean carriedOver,
        boolean guideFound,
        String guideUrl,
        boolean guideUnderConstruction,
        String guideElements,
        boolean catalogueFound,
        String catalogueUrl,
        boolean catalogueUnderConstruction,
        Integer catalogueEntries,
        String catalogueFields) {
}
