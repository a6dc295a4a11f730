package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.sim.SimResponse.CharsetStyle;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one unit's simulated website looks and how it changes over the campaign: its markup
 * habits (charset, homepage style, where the OGI column lives, how it is linked), what its guide
 * and catalogue contain, the dates on which they appear, and the traps it sets for a crawler.
 * {@link #expectedAt(LocalDate)} says what a correct crawler must find on a given day: the truth
 * the end-to-end tests hold the engine to.
 */
public final class SiteScenario {

    public enum HomepageStyle { PLAIN, FRAMESET, META_REFRESH, JS_REDIRECT, HTTP_REDIRECT }

    /** Where the OGI column lives: a section of the main site, a sub-domain, or the provincial platform. */
    public enum OgiLocation { SECTION, SUBDOMAIN, PLATFORM }

    /** How the homepage links to the OGI column. */
    public enum LinkStyle { TEXT, IMAGE_ALT, WINDOW_OPEN }

    public enum GuideFormat { HTML, DOCX, PDF }

    public enum CatalogueFormat { TABLE, TREE }

    public enum Trap {
        /** A homepage headline about a meeting on the guide, linking to a news article about it. */
        NEWS_ABOUT_GUIDE,
        /** The guide link in the OGI column points to a page that does not exist. */
        GUIDE_LINK_404,
        /** Missing pages answer 200 with a "page not found" text (and robots.txt is such a page). */
        SOFT_404,
        /** The OGI column links to another unit's guide (the province's) instead of its own. */
        FOREIGN_GUIDE_LINK,
        /** robots.txt disallows the OGI column for every crawler. */
        ROBOTS_DISALLOW_OGI,
        /** The homepage and every OGI page are held back by {@link SiteScenario#slowDelay()}. */
        SLOW,
        /**
         * An overloaded server: of every {@link SiteScenario#flakyEvery()} requests for the homepage,
         * one fails with 503 and one (half-way between) is held back by {@link SiteScenario#slowDelay()}.
         * What the availability monitor is for; a crawl round may see the site down too.
         */
        FLAKY
    }

    /** What a correct crawler finds on a given day; {@code null} entries/fields mean "not asserted". */
    public record Expected(
            boolean reachable,
            boolean robotsBlocked,
            boolean ogiColumnOnHomepage,
            boolean guideFound,
            boolean guideUnderConstruction,
            Set<GuideElement> guideElements,
            Set<String> guideUrls,
            boolean catalogueFound,
            boolean catalogueUnderConstruction,
            Integer catalogueEntries,
            Set<CatalogueField> catalogueFields,
            String catalogueUrl) {
    }

    private final Builder b;

    private SiteScenario(Builder b) {
        this.b = b;
    }

    public static Builder builder(String code, String unitName, String host) {
        return new Builder(code, unitName, host);
    }

    public Builder toBuilder() {
        return b.copy();
    }

    public String code() { return b.code; }
    public String unitName() { return b.unitName; }
    public String host() { return b.host; }
    public String story() { return b.story; }
    public String orgCode() { return b.orgCode; }
    public CharsetStyle charset() { return b.charset; }
    public HomepageStyle homepageStyle() { return b.homepageStyle; }
    public OgiLocation ogiLocation() { return b.ogiLocation; }
    public LinkStyle linkStyle() { return b.linkStyle; }
    public GuideFormat guideFormat() { return b.guideFormat; }
    public CatalogueFormat catalogueFormat() { return b.catalogueFormat; }
    public Set<GuideElement> guideElements() { return Set.copyOf(b.guideElements); }
    public Set<CatalogueField> catalogueFields() { return Set.copyOf(b.catalogueFields); }
    public int catalogueEntries() { return b.catalogueEntries; }
    public Optional<LocalDate> columnFrom() { return Optional.ofNullable(b.columnFrom); }
    public Optional<LocalDate> guideFrom() { return Optional.ofNullable(b.guideFrom); }
    public Optional<LocalDate> catalogueFrom() { return Optional.ofNullable(b.catalogueFrom); }
    public Optional<LocalDate> downFrom() { return Optional.ofNullable(b.downFrom); }
    public Optional<LocalDate> downUntil() { return Optional.ofNullable(b.downUntil); }
    public Set<Trap> traps() { return Set.copyOf(b.traps); }
    public boolean has(Trap trap) { return b.traps.contains(trap); }
    public Duration slowDelay() { return b.slowDelay; }
    public int flakyEvery() { return b.flakyEvery; }
    public String platformHost() { return b.platformHost; }
    public String foreignGuideUrl() { return b.foreignGuideUrl; }
    public int navLinks() { return b.navLinks; }
    public WebsiteStory website() { return b.website; }

    /** The domain without "www.", e.g. chengdu.gov.cn. */
    public String domain() {
        return b.host.startsWith("www.") ? b.host.substring(4) : b.host;
    }

    public String homepage() {
        return "http://" + b.host + "/";
    }

    /** The absolute URL of the OGI column's root, ending in "/". */
    public String ogiBase() {
        return switch (b.ogiLocation) {
            case SECTION -> "http://" + b.host + "/zwgk/";
            case SUBDOMAIN -> "http://xxgk." + domain() + "/";
            case PLATFORM -> "http://" + b.platformHost + "/" + platformSlug() + "/";
        };
    }

    public String platformSlug() {
        return b.code.toLowerCase(java.util.Locale.ROOT);
    }

    /** The host names this site answers for on its own (not the shared platform). */
    public List<String> hosts() {
        return b.ogiLocation == OgiLocation.SUBDOMAIN ? List.of(b.host, "xxgk." + domain()) : List.of(b.host);
    }

    public String guidePageUrl() {
        return ogiBase() + "gkzn/index.htm";
    }

    public String guideAttachmentUrl() {
        String stamp = (b.guideFrom == null ? "20071025" : b.guideFrom.toString().replace("-", ""));
        return ogiBase() + "gkzn/P0" + stamp + Math.abs(b.code.hashCode() % 1000000) + switch (b.guideFormat) {
            case DOCX -> ".docx";
            case PDF -> ".pdf";
            case HTML -> ".htm";
        };
    }

    public String catalogueUrl() {
        return ogiBase() + "gkml/index.htm";
    }

    public boolean isDown(LocalDate date) {
        return b.downFrom != null && !date.isBefore(b.downFrom) && (b.downUntil == null || date.isBefore(b.downUntil));
    }

    public boolean columnExists(LocalDate date) {
        return onOrAfter(date, b.columnFrom) || onOrAfter(date, b.guideFrom) || onOrAfter(date, b.catalogueFrom);
    }

    public boolean guidePublished(LocalDate date) {
        return onOrAfter(date, b.guideFrom);
    }

    public boolean cataloguePublished(LocalDate date) {
        return onOrAfter(date, b.catalogueFrom);
    }

    private static boolean onOrAfter(LocalDate date, LocalDate from) {
        return from != null && !date.isBefore(from);
    }

    /** What a correct crawler must report for this site on {@code date}. */
    public Expected expectedAt(LocalDate date) {
        boolean slowBeyondTimeouts = has(Trap.SLOW) && b.slowDelay.compareTo(Duration.ofSeconds(30)) > 0;
        boolean reachable = !isDown(date) && !slowBeyondTimeouts;
        boolean column = reachable && columnExists(date);
        boolean blocked = column && has(Trap.ROBOTS_DISALLOW_OGI);
        boolean visible = column && !blocked;
        boolean ownGuideLinked = !has(Trap.GUIDE_LINK_404) && !has(Trap.FOREIGN_GUIDE_LINK);
        boolean guideFound = visible && guidePublished(date) && ownGuideLinked;
        boolean guidePlaceholder = visible && !guidePublished(date) && ownGuideLinked;
        Set<String> guideUrls = new LinkedHashSet<>();
        if (guideFound) {
            if (b.guideFormat != GuideFormat.HTML) {
                guideUrls.add(guideAttachmentUrl());
            }
            guideUrls.add(guidePageUrl());
        }
        boolean catalogueFound = visible && cataloguePublished(date);
        boolean table = b.catalogueFormat == CatalogueFormat.TABLE;
        return new Expected(reachable, blocked, column,
                guideFound, guidePlaceholder,
                guideFound ? guideElements() : Set.of(), guideUrls,
                catalogueFound, visible && !cataloguePublished(date),
                catalogueFound && table ? b.catalogueEntries : null,
                catalogueFound ? (table ? catalogueFields() : null) : Set.of(),
                catalogueFound ? catalogueUrl() : null);
    }

    @Override
    public String toString() {
        return b.code + " " + b.unitName + " (" + b.host + ", " + b.story + ")";
    }

    public static final class Builder {
        private final String code;
        private final String unitName;
        private final String host;
        private String story = "compliant";
        private String orgCode;
        private CharsetStyle charset = CharsetStyle.META_ONLY;
        private HomepageStyle homepageStyle = HomepageStyle.PLAIN;
        private OgiLocation ogiLocation = OgiLocation.SECTION;
        private LinkStyle linkStyle = LinkStyle.TEXT;
        private GuideFormat guideFormat = GuideFormat.HTML;
        private CatalogueFormat catalogueFormat = CatalogueFormat.TABLE;
        private Set<GuideElement> guideElements = EnumSet.allOf(GuideElement.class);
        private Set<CatalogueField> catalogueFields = EnumSet.allOf(CatalogueField.class);
        private int catalogueEntries = 47;
        private LocalDate columnFrom = LocalDate.of(2007, 10, 8);
        private LocalDate guideFrom = LocalDate.of(2007, 10, 25);
        private LocalDate catalogueFrom = LocalDate.of(2007, 10, 29);
        private LocalDate downFrom;
        private LocalDate downUntil;
        private Set<Trap> traps = EnumSet.noneOf(Trap.class);
        private Duration slowDelay = Duration.ofMillis(1500);
        private int flakyEvery = 8;
        private String platformHost = "xxgk.sc.gov.cn";
        private String foreignGuideUrl = "http://xxgk.sc.gov.cn/szfbgt/gkzn/index.htm";
        private int navLinks = 80;
        private WebsiteStory website = WebsiteStory.KEPT_UP;

        private Builder(String code, String unitName, String host) {
            this.code = Objects.requireNonNull(code);
            this.unitName = Objects.requireNonNull(unitName);
            this.host = Objects.requireNonNull(host).toLowerCase(java.util.Locale.ROOT);
            this.orgCode = String.format("%09d", Math.abs((long) code.hashCode()) % 1_000_000_000L);
        }

        private Builder copy() {
            Builder c = new Builder(code, unitName, host);
            c.story = story;
            c.orgCode = orgCode;
            c.charset = charset;
            c.homepageStyle = homepageStyle;
            c.ogiLocation = ogiLocation;
            c.linkStyle = linkStyle;
            c.guideFormat = guideFormat;
            c.catalogueFormat = catalogueFormat;
            c.guideElements = EnumSet.copyOf(guideElements);
            c.catalogueFields = EnumSet.copyOf(catalogueFields);
            c.catalogueEntries = catalogueEntries;
            c.columnFrom = columnFrom;
            c.guideFrom = guideFrom;
            c.catalogueFrom = catalogueFrom;
            c.downFrom = downFrom;
            c.downUntil = downUntil;
            c.traps = traps.isEmpty() ? EnumSet.noneOf(Trap.class) : EnumSet.copyOf(traps);
            c.slowDelay = slowDelay;
            c.flakyEvery = flakyEvery;
            c.platformHost = platformHost;
            c.foreignGuideUrl = foreignGuideUrl;
            c.navLinks = navLinks;
            c.website = website;
            return c;
        }

        public Builder story(String story) { this.story = story; return this; }
        public Builder orgCode(String orgCode) { this.orgCode = orgCode; return this; }
        public Builder charset(CharsetStyle charset) { this.charset = charset; return this; }
        public Builder homepage(HomepageStyle style) { this.homepageStyle = style; return this; }
        public Builder ogiLocation(OgiLocation location) { this.ogiLocation = location; return this; }
        public Builder linkStyle(LinkStyle style) { this.linkStyle = style; return this; }
        public Builder guideFormat(GuideFormat format) { this.guideFormat = format; return this; }
        public Builder catalogueFormat(CatalogueFormat format) { this.catalogueFormat = format; return this; }

        public Builder guideElements(Set<GuideElement> elements) {
            this.guideElements = elements.isEmpty() ? EnumSet.noneOf(GuideElement.class) : EnumSet.copyOf(elements);
            return this;
        }

        public Builder withoutGuideElements(GuideElement... missing) {
            for (GuideElement e : missing) {
                guideElements.remove(e);
            }
            return this;
        }

        public Builder withoutCatalogueFields(CatalogueField... missing) {
            for (CatalogueField f : missing) {
                catalogueFields.remove(f);
            }
            return this;
        }

        public Builder catalogueEntries(int entries) { this.catalogueEntries = entries; return this; }
        public Builder columnFrom(LocalDate date) { this.columnFrom = date; return this; }
        public Builder guideFrom(LocalDate date) { this.guideFrom = date; return this; }
        public Builder catalogueFrom(LocalDate date) { this.catalogueFrom = date; return this; }

        /** The site is down from {@code from} (inclusive) until {@code until} (exclusive; null: for good). */
        public Builder down(LocalDate from, LocalDate until) {
            this.downFrom = from;
            this.downUntil = until;
            return this;
        }

        public Builder trap(Trap... more) {
            traps.addAll(List.of(more));
            return this;
        }

        public Builder slowDelay(Duration delay) { this.slowDelay = delay; return this; }

        /** With {@link Trap#FLAKY}: one homepage request in {@code n} fails (at least 2). */
        public Builder flakyEvery(int n) {
            if (n < 2) {
                throw new IllegalArgumentException("flakyEvery must be at least 2, not " + n);
            }
            this.flakyEvery = n;
            return this;
        }
        public Builder platformHost(String host) { this.platformHost = host; return this; }
        public Builder foreignGuideUrl(String url) { this.foreignGuideUrl = url; return this; }
        public Builder navLinks(int links) { this.navLinks = links; return this; }
        public Builder website(WebsiteStory story) { this.website = Objects.requireNonNull(story); return this; }

        public SiteScenario build() {
            return new SiteScenario(copy());
        }
    }
}
