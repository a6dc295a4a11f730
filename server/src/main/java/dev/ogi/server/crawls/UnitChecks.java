package dev.ogi.server.crawls;

import java.util.Arrays;
import java.util.List;

/**
 * A unit's crawl history as the API shows it: every check, newest first, with its findings and
 * evidence, and the first days its guide and catalogue were seen.
 */
public record UnitChecks(String unitCode, String guideFirstSeen, String catalogueFirstSeen, List<Check> checks) {

    public record Guide(boolean found, String url, boolean underConstruction, List<String> elements) {
    }

    public record Catalogue(boolean found, String url, boolean underConstruction, Integer entries, List<String> fields) {
    }

    public record Check(long id, long roundId, String asOf, String startedAt, String finishedAt, String homepage,
            boolean reachable, String error, boolean robotsBlocked, int pagesFetched, boolean ogiColumn,
            int consecutiveFailures, boolean carriedOver, Guide guide, Catalogue catalogue, List<EvidenceRow> evidence) {

        static Check of(SiteCheck c, List<EvidenceRow> evidence) {
            return new Check(c.id(), c.roundId(), c.asOf(), c.startedAt(), c.finishedAt(), c.homepage(), c.reachable(), c.error(),
                    c.robotsBlocked(), c.pagesFetched(), c.ogiColumn(), c.consecutiveFailures(), c.carriedOver(),
                    new Guide(c.guideFound(), c.guideUrl(), c.guideUnderConstruction(), split(c.guideElements())),
                    new Catalogue(c.catalogueFound(), c.catalogueUrl(), c.catalogueUnderConstruction(), c.catalogueEntries(),
                            split(c.catalogueFields())),
                    evidence);
        }
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.stream(codes.split(",")).map(String::strip).toList();
    }
}
