package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.SimResponse.CharsetStyle;
import dev.ogi.crawlers.sim.SiteScenario.CatalogueFormat;
import dev.ogi.crawlers.sim.SiteScenario.GuideFormat;
import dev.ogi.crawlers.sim.SiteScenario.HomepageStyle;
import dev.ogi.crawlers.sim.SiteScenario.LinkStyle;
import dev.ogi.crawlers.sim.SiteScenario.OgiLocation;
import dev.ogi.crawlers.sim.SiteScenario.Trap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crawler's acceptance test on realistic sites: each case of the README's "The domain" is a simulated site,
 * crawled through the simulation's proxy exactly as a real site would be, and the engine's
 * finding must equal what {@link SiteScenario#expectedAt} says a correct crawler finds.
 */
class ScenarioCrawlTest {

    static final LocalDate NOV_15 = LocalDate.of(2007, 11, 15);
    static final String PROVINCE_GUIDE = "http://" + DemoFarm.PLATFORM_HOST + "/szfbgt/gkzn/index.htm";

    static SimulatedWeb web;
    static Crawler crawler;

    static SiteScenario.Builder site(String code, String name, String host) {
        return SiteScenario.builder(code, name, host).platformHost(DemoFarm.PLATFORM_HOST).foreignGuideUrl(PROVINCE_GUIDE)
                .columnFrom(LocalDate.of(2007, 10, 1)).guideFrom(LocalDate.of(2007, 10, 20)).catalogueFrom(LocalDate.of(2007, 10, 25));
    }

    static final SiteScenario PLAIN = site("510100", "成都市人民政府", "www.chengdu.gov.cn").catalogueEntries(47).build();
    static final SiteScenario SUBDOMAIN_IMAGE = site("510300", "自贡市人民政府", "www.zg.gov.cn")
            .ogiLocation(OgiLocation.SUBDOMAIN).linkStyle(LinkStyle.IMAGE_ALT).catalogueEntries(31).build();
    static final SiteScenario FRAMESET = site("510400", "攀枝花市人民政府", "www.panzhihua.gov.cn")
            .homepage(HomepageStyle.FRAMESET).catalogueEntries(16).build();
    static final SiteScenario META_REFRESH = site("510500", "泸州市人民政府", "www.luzhou.gov.cn")
            .homepage(HomepageStyle.META_REFRESH).build();
    static final SiteScenario JS_REDIRECT = site("510600", "德阳市人民政府", "www.deyang.gov.cn")
            .homepage(HomepageStyle.JS_REDIRECT).ogiLocation(OgiLocation.SUBDOMAIN).build();
    static final SiteScenario HTTP_REDIRECT = site("510700", "绵阳市人民政府", "www.my.gov.cn").homepage(HomepageStyle.HTTP_REDIRECT).build();
    static final SiteScenario WINDOW_OPEN = site("510800", "广元市人民政府", "www.cngy.gov.cn").linkStyle(LinkStyle.WINDOW_OPEN).build();
    static final SiteScenario UNDECLARED = site("510900", "遂宁市人民政府", "www.suining.gov.cn")
            .charset(CharsetStyle.UNDECLARED).catalogueEntries(62).build();
    static final SiteScenario HEADER = site("511000", "内江市人民政府", "www.neijiang.gov.cn").charset(CharsetStyle.HEADER).build();
    static final SiteScenario UTF8 = site("511100", "乐山市人民政府", "www.leshan.gov.cn").charset(CharsetStyle.UTF8).build();
    static final SiteScenario DOCX = site("czt", "四川省财政厅", "www.sccz.gov.cn").guideFormat(GuideFormat.DOCX).build();
    static final SiteScenario PDF = site("jyt", "四川省教育厅", "www.scedu.gov.cn").guideFormat(GuideFormat.PDF)
            .withoutGuideElements(GuideElement.hours).build();
    static final SiteScenario PLATFORM = site("slt", "四川省水利厅", "www.scsl.gov.cn").ogiLocation(OgiLocation.PLATFORM).build();
    static final SiteScenario TREE = site("nyt", "四川省农业厅", "www.scagri.gov.cn").catalogueFormat(CatalogueFormat.TREE).build();
    static final SiteScenario INCOMPLETE = site("lyt", "四川省林业厅", "www.scly.gov.cn")
            .withoutGuideElements(GuideElement.fax, GuideElement.email).withoutCatalogueFields(CatalogueField.summary).build();
    static final SiteScenario LATE = site("511300", "南充市人民政府", "www.nanchong.gov.cn")
            .guideFrom(LocalDate.of(2007, 12, 10)).catalogueFrom(LocalDate.of(2008, 1, 5)).build();
    static final SiteScenario NO_COLUMN = site("511400", "眉山市人民政府", "www.ms.gov.cn")
            .columnFrom(null).guideFrom(null).catalogueFrom(null).build();
    static final SiteScenario NEWS_TRAP = site("511500", "宜宾市人民政府", "www.yibin.gov.cn").trap(Trap.NEWS_ABOUT_GUIDE)
            .guideFrom(LocalDate.of(2007, 12, 20)).catalogueFrom(LocalDate.of(2007, 12, 20)).build();
    static final SiteScenario LINK_404 = site("511600", "广安市人民政府", "www.guang-an.gov.cn").trap(Trap.GUIDE_LINK_404).build();
    static final SiteScenario SOFT_404 = site("511700", "达州市人民政府", "www.dazhou.gov.cn").trap(Trap.SOFT_404, Trap.GUIDE_LINK_404).build();
    static final SiteScenario FOREIGN = site("511800", "雅安市人民政府", "www.yaan.gov.cn").trap(Trap.FOREIGN_GUIDE_LINK).build();
    static final SiteScenario ROBOTS = site("gat", "四川省公安厅", "www.scga.gov.cn").trap(Trap.ROBOTS_DISALLOW_OGI).build();
    static final SiteScenario DOWN = site("511900", "巴中市人民政府", "www.bazhong.gov.cn").down(LocalDate.of(2007, 11, 1), null).build();
    static final SiteScenario SLOW_OK = site("512000", "资阳市人民政府", "www.ziyang.gov.cn").trap(Trap.SLOW)
            .slowDelay(Duration.ofMillis(200)).build();
    static final SiteScenario TOO_SLOW = site("513200", "阿坝藏族羌族自治州人民政府", "www.abazhou.gov.cn").trap(Trap.SLOW)
            .slowDelay(Duration.ofSeconds(4)).build();

    static final List<SiteScenario> ALL = List.of(PLAIN, SUBDOMAIN_IMAGE, FRAMESET, META_REFRESH, JS_REDIRECT, HTTP_REDIRECT,
            WINDOW_OPEN, UNDECLARED, HEADER, UTF8, DOCX, PDF, PLATFORM, TREE, INCOMPLETE, LATE, NO_COLUMN, NEWS_TRAP, LINK_404,
            SOFT_404, FOREIGN, ROBOTS, DOWN, SLOW_OK, TOO_SLOW);

    @BeforeAll
    static void start() {
        web = SimulatedWeb.start(NOV_15).sites(List.of(DemoFarm.provinceOffice())).sites(ALL);
        crawler = new Crawler(settings(web));
    }

    static CrawlerSettings settings(SimulatedWeb web) {
        return CrawlerSettings.defaults()
                .withProxy(new InetSocketAddress("127.0.0.1", web.port()))
                .withAllowPrivateAddresses(true)
                .withPolitenessDelay(Duration.ZERO)
                .withReadTimeout(Duration.ofSeconds(3))
                .withPageBudget(30)
                .withOgiPlatformHosts(Set.of(DemoFarm.PLATFORM_HOST))
                .withParallelSites(16);
    }

    @AfterAll
    static void stop() {
        crawler.close();
        web.close();
    }

    static SiteTarget target(SiteScenario s) {
        return new SiteTarget(s.code(), s.unitName(), s.code().matches("\\d+") ? "市州" : "省直部门", s.homepage());
    }

    /** Crawls one scenario on one day and lists every way the finding differs from the truth. */
    static List<String> mismatches(SiteScenario s, LocalDate date, SiteResult r) {
        SiteScenario.Expected e = s.expectedAt(date);
        List<String> out = new ArrayList<>();
        String where = s + " on " + date + ": ";
        check(out, where + "reachable", e.reachable(), r.reachable());
        check(out, where + "robotsBlocked", e.robotsBlocked(), r.robotsBlocked());
        if (e.reachable()) {
            check(out, where + "ogiColumnOnHomepage", e.ogiColumnOnHomepage(), r.ogiColumnOnHomepage());
        }
        check(out, where + "guide.found", e.guideFound(), r.guide().found());
        check(out, where + "guide.underConstruction", e.guideUnderConstruction(), r.guide().underConstruction());
        check(out, where + "guide.elements", e.guideElements(), r.guide().elements());
        if (e.guideFound() && !e.guideUrls().contains(r.guide().url())) {
            out.add(where + "guide.url expected one of " + e.guideUrls() + " but was " + r.guide().url());
        }
        if (e.guideFound() && r.guide().evidence().isEmpty()) {
            out.add(where + "guide found without evidence");
        }
        check(out, where + "catalogue.found", e.catalogueFound(), r.catalogue().found());
        check(out, where + "catalogue.underConstruction", e.catalogueUnderConstruction(), r.catalogue().underConstruction());
        if (e.catalogueFound()) {
            check(out, where + "catalogue.url", e.catalogueUrl(), r.catalogue().url());
            check(out, where + "catalogue.entries", e.catalogueEntries(), r.catalogue().entries());
            if (e.catalogueFields() != null) {
                check(out, where + "catalogue.fields", e.catalogueFields(), r.catalogue().fields());
            }
        }
        if (!e.reachable() && (r.error() == null || r.error().isBlank())) {
            out.add(where + "unreachable without an error message");
        }
        return out;
    }

    private static void check(List<String> out, String what, Object expected, Object actual) {
        if (expected == null ? actual != null : !expected.equals(actual)) {
            out.add(what + " expected " + expected + " but was " + actual);
        }
    }

    static void assertCrawl(SiteScenario s, LocalDate date) {
        web.setDate(date);
        SiteResult r = crawler.crawlSite(target(s));
        assertThat(mismatches(s, date, r)).as("finding of %s", s).isEmpty();
    }

    @Test
    void compliantSiteHtmlGuideAndPagedCatalogueAreFoundWithAllElements() {
        assertCrawl(PLAIN, NOV_15);
    }

    @Test
    void columnOnSubdomainLinkedByImageAltIsFound() {
        assertCrawl(SUBDOMAIN_IMAGE, NOV_15);
    }

    @Test
    void framesetHomepageIsEntered() {
        assertCrawl(FRAMESET, NOV_15);
    }

    @Test
    void metaRefreshHomepageIsFollowed() {
        assertCrawl(META_REFRESH, NOV_15);
    }

    @Test
    void javascriptRedirectHomepageIsFollowed() {
        assertCrawl(JS_REDIRECT, NOV_15);
    }

    @Test
    void httpRedirectHomepageIsFollowed() {
        assertCrawl(HTTP_REDIRECT, NOV_15);
    }

    @Test
    void windowOpenLinkToTheColumnIsFollowed() {
        assertCrawl(WINDOW_OPEN, NOV_15);
    }

    @Test
    void gb2312WithoutAnyDeclarationIsDecoded() {
        assertCrawl(UNDECLARED, NOV_15);
    }

    @Test
    void gb2312DeclaredInTheHeaderIsDecoded() {
        assertCrawl(HEADER, NOV_15);
    }

    @Test
    void utf8SiteIsDecoded() {
        assertCrawl(UTF8, NOV_15);
    }

    @Test
    void wordAttachmentGuideIsJudgedOnItsText() {
        assertCrawl(DOCX, NOV_15);
    }

    @Test
    void pdfAttachmentGuideIsJudgedOnItsText() {
        assertCrawl(PDF, NOV_15);
    }

    @Test
    void columnOnTheProvincialPlatformIsFound() {
        assertCrawl(PLATFORM, NOV_15);
    }

    @Test
    void categoryTreeCatalogueIsFoundWithoutACount() {
        assertCrawl(TREE, NOV_15);
    }

    @Test
    void incompleteGuideReportsOnlyTheElementsItHas() {
        assertCrawl(INCOMPLETE, NOV_15);
    }

    @Test
    void placeholderColumnIsUnderConstructionNotPublished() {
        assertCrawl(LATE, NOV_15);
    }

    @Test
    void lateGuideIsFoundOnceItAppears() {
        assertCrawl(LATE, LocalDate.of(2007, 12, 12));
        assertCrawl(LATE, LocalDate.of(2008, 1, 10));
    }

    @Test
    void siteWithoutAnyColumnHasNothing() {
        assertCrawl(NO_COLUMN, NOV_15);
    }

    @Test
    void beforeTheColumnExistsNothingIsFound() {
        assertCrawl(PLAIN, LocalDate.of(2007, 9, 20));
    }

    @Test
    void newsAboutTheGuideIsNotTheGuide() {
        assertCrawl(NEWS_TRAP, NOV_15);
    }

    @Test
    void realGuideIsFoundBesideNewsAboutIt() {
        assertCrawl(NEWS_TRAP, LocalDate.of(2008, 1, 2));
    }

    @Test
    void guideLinkThatIs404IsNotAGuide() {
        assertCrawl(LINK_404, NOV_15);
    }

    @Test
    void softNotFoundPageIsNotAGuide() {
        assertCrawl(SOFT_404, NOV_15);
    }

    @Test
    void linkToTheProvincesGuideIsNotThisUnitsGuide() {
        assertCrawl(FOREIGN, NOV_15);
    }

    @Test
    void provinceOfficeItselfIsFoundOnThePlatform() {
        assertCrawl(DemoFarm.provinceOffice(), NOV_15);
    }

    @Test
    void robotsDisallowedColumnIsReportedAsBlocked() {
        assertCrawl(ROBOTS, NOV_15);
    }

    @Test
    void downSiteIsUnreachableWithAnError() {
        assertCrawl(DOWN, NOV_15);
    }

    @Test
    void slowSiteWithinTheTimeoutIsJudged() {
        assertCrawl(SLOW_OK, NOV_15);
    }

    @Test
    void siteSlowerThanTheReadTimeoutIsUnreachableWithAnError() {
        web.setDate(NOV_15);
        SiteResult r = crawler.crawlSite(target(TOO_SLOW));

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isNotBlank();
        assertThat(r.guide().found()).isFalse();
    }

    @Test
    void unknownHostIsUnreachableWithAnError() {
        SiteResult r = crawler.crawlSite(new SiteTarget("x1", "某县人民政府", "县(市、区)", "http://www.no-such-county.gov.cn/"));

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isNotBlank();
    }

    @Test
    void requestsToOneHostKeepThePolitenessDelay() {
        SimulatedWeb own = SimulatedWeb.start(NOV_15).site(PLAIN);
        try (own; Crawler polite = new Crawler(settings(own).withPolitenessDelay(Duration.ofMillis(150)).withPageBudget(8))) {
            polite.crawlSite(target(PLAIN));
            List<SimulatedWeb.RequestRecord> requests = own.requestsTo(PLAIN.host());
            assertThat(requests).hasSizeGreaterThan(2);
            for (int i = 1; i < requests.size(); i++) {
                long gapMs = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
                assertThat(gapMs).as("gap before request %d (%s)", i, requests.get(i).path()).isGreaterThanOrEqualTo(140);
            }
            assertThat(requests).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(CrawlerSettings.DEFAULT_USER_AGENT));
        }
    }

    @Test
    void demoFarmFindingsMatchTheTimelineForEveryUnit() {
        List<SiteTarget> units = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean department = i % 3 == 0;
            units.add(new SiteTarget("d" + i, department ? "四川省第" + (i + 1) + "厅" : "第" + (i + 1) + "市人民政府",
                    department ? "省直部门" : "市州", "http://www.demo" + i + ".gov.cn/"));
        }
        DemoFarm farm = DemoFarm.of(units);
        List<String> wrong = new ArrayList<>();
        try (SimulatedWeb own = farm.install(SimulatedWeb.start(NOV_15)); Crawler c = new Crawler(settings(own))) {
            for (LocalDate date : List.of(LocalDate.of(2007, 10, 20), NOV_15, LocalDate.of(2008, 3, 1))) {
                own.setDate(date);
                List<SiteResult> results = c.crawlAll(units, CrawlListener.NONE);
                Map<String, SiteScenario> scenarios = farm.scenarios();
                for (SiteResult r : results) {
                    wrong.addAll(mismatches(scenarios.get(r.code()), date, r));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
