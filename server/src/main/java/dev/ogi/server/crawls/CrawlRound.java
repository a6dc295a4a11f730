package dev.ogi.server.crawls;

/** One crawl round as stored in {@code crawl_rounds}. */
public record CrawlRound(
        long id,
        String startedAt,
        String finishedAt,
        String asOf,
        String triggerSource,
        String status,
        int unitsTotal,
        int unitsDone,
        int pagesFetched,
        int errors,
        String failure) {

    public static final String RUNNING = "running";
    public static final String FINISHED = "finished";
    public static final String FAILED = "failed";
    /** Cut off by the service stopping: the sites it did not finish are not failures of theirs. */
    public static final String STOPPED = "stopped";
}
