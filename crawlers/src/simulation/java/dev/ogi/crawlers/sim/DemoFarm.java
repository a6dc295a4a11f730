package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.SimResponse.CharsetStyle;
import dev.ogi.crawlers.sim.SiteScenario.CatalogueFormat;
import dev.ogi.crawlers.sim.SiteScenario.GuideFormat;
import dev.ogi.crawlers.sim.SiteScenario.HomepageStyle;
import dev.ogi.crawlers.sim.SiteScenario.LinkStyle;
import dev.ogi.crawlers.sim.SiteScenario.OgiLocation;
import dev.ogi.crawlers.sim.SiteScenario.Trap;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The demo's simulated Sichuan: every registry unit gets a website whose story over the 2007
 * campaign (September 2007 to March 2008) is a realistic mix: most publish on time, some days or
 * weeks late, some incompletely, some never; some sites break for a while; and each trap of
 * the README's "The domain" appears at least once. Everything is seeded by the unit codes, so the same registry
 * always gives the same farm.
 */
public final class DemoFarm {

    public static final String PLATFORM_HOST = "xxgk.sc.gov.cn";
    public static final LocalDate TIMELINE_START = LocalDate.of(2007, 9, 20);
    public static final LocalDate TIMELINE_END = LocalDate.of(2008, 3, 15);

    /** The stories a unit's site can tell; each appears at least once when there are enough units. */
    public enum Story {
        ON_TIME, LATE_DAYS, LATE_WEEKS, INCOMPLETE, PLACEHOLDER_ONLY, NO_COLUMN, BROKEN_FOR_A_WHILE, DEAD,
        NEWS_TRAP, GUIDE_LINK_404, SOFT_404, FOREIGN_GUIDE, ROBOTS_BLOCKED, SLOW, TREE_CATALOGUE,
        /** An overloaded server: one homepage request in eight fails, another is slow (availability veto). */
        FLAKY
    }

    /** How a site does as "the first platform" in 2008-2009 ({@link WebsiteStory}); each appears at least once. */
    public enum WebsiteTale {
        KEPT_UP, STALE_HOMEPAGE, EMPTY_COLUMNS, ONLINE_FORM, NO_CHANNEL, BROKEN_FORM, REPORT_LATE, REPORT_MISSING,
        REPORT_INCOMPLETE
    }

    private static final WebsiteTale[] WEIGHTED_TALES = {WebsiteTale.KEPT_UP, WebsiteTale.KEPT_UP, WebsiteTale.KEPT_UP,
            WebsiteTale.KEPT_UP, WebsiteTale.ONLINE_FORM, WebsiteTale.ONLINE_FORM, WebsiteTale.REPORT_LATE,
            WebsiteTale.STALE_HOMEPAGE};

    private static final Story[] WEIGHTED = {Story.ON_TIME, Story.ON_TIME, Story.ON_TIME, Story.ON_TIME, Story.ON_TIME,
            Story.ON_TIME, Story.LATE_DAYS, Story.LATE_DAYS, Story.LATE_WEEKS, Story.LATE_WEEKS, Story.INCOMPLETE,
            Story.INCOMPLETE, Story.PLACEHOLDER_ONLY, Story.BROKEN_FOR_A_WHILE, Story.TREE_CATALOGUE, Story.NEWS_TRAP};

    private final Map<String, SiteScenario> scenarios = new LinkedHashMap<>();
    private final List<SiteScenario> extras = new ArrayList<>();

    private DemoFarm() {
    }

    /** Builds the farm for these units (homepage hosts taken from their homepage URLs). */
    public static DemoFarm of(List<SiteTarget> units) {
        DemoFarm farm = new DemoFarm();
        List<SiteTarget> ordered = new ArrayList<>(units);
        // Units with the smallest hash of their code tell the required stories, one each.
        ordered.sort(Comparator.comparingInt((SiteTarget u) -> mix(u.code())).thenComparing(SiteTarget::code));
        Story[] required = Story.values();
        for (int i = 0; i < ordered.size(); i++) {
            SiteTarget unit = ordered.get(i);
            Random r = new Random(mix(unit.code()));
            Story story = i < required.length ? required[i] : WEIGHTED[r.nextInt(WEIGHTED.length)];
            farm.scenarios.put(unit.code(), scenario(unit, story, r));
        }
        // an order of its own, so the website tales do not follow the 2007 stories
        ordered.sort(Comparator.comparingInt((SiteTarget u) -> mix(u.code() + "/website")).thenComparing(SiteTarget::code));
        WebsiteTale[] tales = WebsiteTale.values();
        for (int i = 0; i < ordered.size(); i++) {
            String code = ordered.get(i).code();
            Random r = new Random(mix(code + "/website"));
            WebsiteTale tale = i < tales.length ? tales[i] : WEIGHTED_TALES[r.nextInt(WEIGHTED_TALES.length)];
            farm.scenarios.put(code, farm.scenarios.get(code).toBuilder().website(website(tale, r)).build());
        }
        farm.extras.add(provinceOffice());
        return farm;
    }

    /** The scenario of each unit, by code, in the order the units were given. */
    public Map<String, SiteScenario> scenarios() {
        Map<String, SiteScenario> inOrder = new LinkedHashMap<>();
        scenarios.keySet().stream().sorted().forEach(code -> inOrder.put(code, scenarios.get(code)));
        return inOrder;
    }

    public SiteScenario scenario(String code) {
        SiteScenario s = scenarios.get(code);
        if (s == null) {
            throw new IllegalArgumentException("No simulated site for unit " + code);
        }
        return s;
    }

    /** Registers every site (and the provincial platform) with the web. */
    public SimulatedWeb install(SimulatedWeb web) {
        web.sites(extras);
        web.sites(scenarios.values());
        return web;
    }

    /** Every host the farm serves, for the crawler's per-host delay override. */
    public List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        hosts.add(PLATFORM_HOST);
        extras.forEach(s -> hosts.addAll(s.hosts()));
        scenarios.values().forEach(s -> hosts.addAll(s.hosts()));
        return hosts;
    }

    /** Weekly dates from the timeline's start to its end: the demo's crawl rounds. */
    public static List<LocalDate> weeklyRounds() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = TIMELINE_START; !d.isAfter(TIMELINE_END); d = d.plusWeeks(1)) {
            dates.add(d);
        }
        if (!dates.get(dates.size() - 1).equals(TIMELINE_END)) {
            dates.add(TIMELINE_END);
        }
        return dates;
    }

    static SiteScenario provinceOffice() {
        return SiteScenario.builder("szfbgt", "四川省人民政府办公厅", "www.sc.gov.cn")
                .story("province-office").ogiLocation(OgiLocation.PLATFORM).platformHost(PLATFORM_HOST)
                .orgCode("008440001").columnFrom(LocalDate.of(2007, 9, 28)).guideFrom(LocalDate.of(2007, 10, 15))
                .catalogueFrom(LocalDate.of(2007, 10, 20)).catalogueEntries(88).build();
    }

    private static SiteScenario scenario(SiteTarget unit, Story story, Random r) {
        String host = URI.create(unit.homepage().trim()).getHost().toLowerCase(Locale.ROOT);
        boolean department = unit.group() != null && unit.group().contains("部门");
        SiteScenario.Builder b = SiteScenario.builder(unit.code(), unit.name(), host)
                .story(story.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .platformHost(PLATFORM_HOST)
                .foreignGuideUrl("http://" + PLATFORM_HOST + "/szfbgt/gkzn/index.htm")
                .charset(pick(r, CharsetStyle.META_ONLY, CharsetStyle.META_ONLY, CharsetStyle.META_ONLY, CharsetStyle.HEADER,
                        CharsetStyle.HEADER, CharsetStyle.UNDECLARED, CharsetStyle.UTF8))
                .homepage(pick(r, HomepageStyle.PLAIN, HomepageStyle.PLAIN, HomepageStyle.PLAIN, HomepageStyle.FRAMESET,
                        HomepageStyle.META_REFRESH, HomepageStyle.JS_REDIRECT, HomepageStyle.HTTP_REDIRECT))
                .ogiLocation(department
                        // few departments on the shared platform: every request to it queues behind one
                        // politeness gate, which bounds how long a demo round takes
                        ? pick(r, OgiLocation.SECTION, OgiLocation.SECTION, OgiLocation.SECTION, OgiLocation.SECTION,
                                OgiLocation.SUBDOMAIN, OgiLocation.SUBDOMAIN, OgiLocation.PLATFORM)
                        : pick(r, OgiLocation.SECTION, OgiLocation.SUBDOMAIN, OgiLocation.SUBDOMAIN))
                .linkStyle(pick(r, LinkStyle.TEXT, LinkStyle.TEXT, LinkStyle.IMAGE_ALT, LinkStyle.WINDOW_OPEN))
                .guideFormat(pick(r, GuideFormat.HTML, GuideFormat.HTML, GuideFormat.HTML, GuideFormat.DOCX, GuideFormat.PDF))
                .catalogueEntries(16 + r.nextInt(60))
                .navLinks(40 + r.nextInt(60))
                .columnFrom(LocalDate.of(2007, 9, 25).plusDays(r.nextInt(20)));
        LocalDate onTimeGuide = LocalDate.of(2007, 10, 15).plusDays(r.nextInt(17));
        LocalDate onTimeCatalogue = onTimeGuide.plusDays(r.nextInt(Math.max(1, (int) (31 - onTimeGuide.getDayOfMonth() + 1))));
        b.guideFrom(onTimeGuide).catalogueFrom(onTimeCatalogue);
        switch (story) {
            case ON_TIME -> { }
            case LATE_DAYS -> {
                LocalDate late = LocalDate.of(2007, 11, 1).plusDays(r.nextInt(10));
                b.guideFrom(late).catalogueFrom(late.plusDays(r.nextInt(5)));
            }
            case LATE_WEEKS -> {
                LocalDate late = LocalDate.of(2007, 11, 20).plusDays(r.nextInt(40));
                b.guideFrom(late).catalogueFrom(late.plusDays(7 + r.nextInt(30)));
            }
            case INCOMPLETE -> {
                GuideElement[] contact = {GuideElement.fax, GuideElement.email, GuideElement.hours, GuideElement.address};
                b.withoutGuideElements(contact[r.nextInt(contact.length)]);
                if (r.nextBoolean()) {
                    b.withoutGuideElements(contact[r.nextInt(contact.length)]);
                }
                b.catalogueFormat(CatalogueFormat.TABLE).withoutCatalogueFields(CatalogueField.summary);
            }
            case PLACEHOLDER_ONLY -> b.guideFrom(null).catalogueFrom(null);
            case NO_COLUMN -> b.columnFrom(null).guideFrom(null).catalogueFrom(null);
            case BROKEN_FOR_A_WHILE -> {
                LocalDate from = LocalDate.of(2007, 12, 1).plusDays(r.nextInt(20));
                b.down(from, from.plusDays(15 + r.nextInt(25)));
            }
            case DEAD -> b.guideFrom(null).catalogueFrom(null).down(LocalDate.of(2007, 11, 15), null);
            case NEWS_TRAP -> {
                LocalDate late = LocalDate.of(2007, 12, 10).plusDays(r.nextInt(30));
                b.trap(Trap.NEWS_ABOUT_GUIDE).guideFrom(late).catalogueFrom(late);
            }
            case GUIDE_LINK_404 -> b.trap(Trap.GUIDE_LINK_404);
            case SOFT_404 -> b.trap(Trap.SOFT_404, Trap.GUIDE_LINK_404);
            case FOREIGN_GUIDE -> b.trap(Trap.FOREIGN_GUIDE_LINK);
            case ROBOTS_BLOCKED -> b.trap(Trap.ROBOTS_DISALLOW_OGI).ogiLocation(OgiLocation.SECTION);
            case SLOW -> b.trap(Trap.SLOW).slowDelay(Duration.ofMillis(120));
            case TREE_CATALOGUE -> b.catalogueFormat(CatalogueFormat.TREE);
            case FLAKY -> b.trap(Trap.FLAKY).flakyEvery(8).slowDelay(Duration.ofMillis(300));
        }
        return b.build();
    }

    private static WebsiteStory website(WebsiteTale tale, Random r) {
        WebsiteStory kept = WebsiteStory.KEPT_UP.report(LocalDate.of(2009, 3, 2).plusDays(r.nextInt(28)), false);
        return switch (tale) {
            case KEPT_UP -> kept;
            case STALE_HOMEPAGE -> kept.staleFrom(LocalDate.of(2008, 9, 1).plusDays(r.nextInt(120)));
            case EMPTY_COLUMNS -> kept.withEmptyColumns();
            case ONLINE_FORM -> kept.applying(WebsiteStory.Apply.FORM, false);
            case NO_CHANNEL -> kept.applying(WebsiteStory.Apply.NONE, false);
            case BROKEN_FORM -> kept.applying(WebsiteStory.Apply.DOWNLOAD, true);
            case REPORT_LATE -> kept.report(LocalDate.of(2009, 4, 3).plusDays(r.nextInt(20)), false);
            case REPORT_MISSING -> kept.report(null, false);
            case REPORT_INCOMPLETE -> kept.report(kept.reportOn(), true);
        };
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private static int mix(String code) {
        int h = code.hashCode() * 0x9E3779B1;
        return (h ^ (h >>> 16)) & 0x7fffffff;
    }
}
