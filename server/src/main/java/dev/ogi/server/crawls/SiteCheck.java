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

    /** A builder with nothing found: no guide, no catalogue, no codes. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * This good check carried into a round in which the site did not answer: what the site showed
     * last time stands, dated and attributed to the new round, marked unreachable and carried over.
     */
    public SiteCheck carriedInto(long newRoundId, String newAsOf, String started, String finished, String attemptedHomepage,
                                 String attemptError, int attemptPages, int failures) {
        return new SiteCheck(0, newRoundId, unitCode, newAsOf, started, finished, attemptedHomepage, false, attemptError,
                robotsBlocked, attemptPages, ogiColumn, failures, true, guideFound, guideUrl, guideUnderConstruction,
                guideElements, catalogueFound, catalogueUrl, catalogueUnderConstruction, catalogueEntries, catalogueFields);
    }

    /** Builds a check field by field; codes default to empty, everything else to none or false. */
    public static final class Builder {
        private long id;
        private long roundId;
        private String unitCode;
        private String asOf;
        private String startedAt;
        private String finishedAt;
        private String homepage;
        private boolean reachable;
        private String error;
        private boolean robotsBlocked;
        private int pagesFetched;
        private boolean ogiColumn;
        private int consecutiveFailures;
        private boolean carriedOver;
        private boolean guideFound;
        private String guideUrl;
        private boolean guideUnderConstruction;
        private String guideElements = "";
        private boolean catalogueFound;
        private String catalogueUrl;
        private boolean catalogueUnderConstruction;
        private Integer catalogueEntries;
        private String catalogueFields = "";

        private Builder() {
        }

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder roundId(long value) {
            this.roundId = value;
            return this;
        }

        public Builder unitCode(String value) {
            this.unitCode = value;
            return this;
        }

        public Builder asOf(String value) {
            this.asOf = value;
            return this;
        }

        public Builder startedAt(String value) {
            this.startedAt = value;
            return this;
        }

        public Builder finishedAt(String value) {
            this.finishedAt = value;
            return this;
        }

        public Builder homepage(String value) {
            this.homepage = value;
            return this;
        }

        public Builder reachable(boolean value) {
            this.reachable = value;
            return this;
        }

        public Builder error(String value) {
            this.error = value;
            return this;
        }

        public Builder robotsBlocked(boolean value) {
            this.robotsBlocked = value;
            return this;
        }

        public Builder pagesFetched(int value) {
            this.pagesFetched = value;
            return this;
        }

        public Builder ogiColumn(boolean value) {
            this.ogiColumn = value;
            return this;
        }

        public Builder consecutiveFailures(int value) {
            this.consecutiveFailures = value;
            return this;
        }

        public Builder carriedOver(boolean value) {
            this.carriedOver = value;
            return this;
        }

        public Builder guideFound(boolean value) {
            this.guideFound = value;
            return this;
        }

        public Builder guideUrl(String value) {
            this.guideUrl = value;
            return this;
        }

        public Builder guideUnderConstruction(boolean value) {
            this.guideUnderConstruction = value;
            return this;
        }

        public Builder guideElements(String value) {
            this.guideElements = value;
            return this;
        }

        public Builder catalogueFound(boolean value) {
            this.catalogueFound = value;
            return this;
        }

        public Builder catalogueUrl(String value) {
            this.catalogueUrl = value;
            return this;
        }

        public Builder catalogueUnderConstruction(boolean value) {
            this.catalogueUnderConstruction = value;
            return this;
        }

        public Builder catalogueEntries(Integer value) {
            this.catalogueEntries = value;
            return this;
        }

        public Builder catalogueFields(String value) {
            this.catalogueFields = value;
            return this;
        }

        public SiteCheck build() {
            return new SiteCheck(id, roundId, unitCode, asOf, startedAt, finishedAt, homepage, reachable, error, robotsBlocked, pagesFetched, ogiColumn, consecutiveFailures, carriedOver, guideFound, guideUrl, guideUnderConstruction, guideElements, catalogueFound, catalogueUrl, catalogueUnderConstruction, catalogueEntries, catalogueFields);
        }
    }
}
