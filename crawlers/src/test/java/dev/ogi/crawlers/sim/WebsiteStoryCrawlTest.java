package dev.ogi.crawlers.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.WebsiteFinding;
import dev.ogi.crawlers.model.WebsiteFinding.BrokenLink;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnType;
import dev.ogi.crawlers.model.WebsiteFinding.ReportPart;
import dev.ogi.crawlers.sim.SimResponse.CharsetStyle;
import dev.ogi.crawlers.sim.SiteScenario.OgiLocation;
import dev.ogi.crawlers.sim.WebsiteStory.Apply;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The simulated web's website stories (issue 11) crawled by the real crawler: what the demo's
 * sites show over 2008-2009 is what the crawler reports, in GB2312 and UTF-8.
 */
class WebsiteStoryCrawlTest {

    private static final LocalDate APRIL_15 = LocalDate.of(2009, 4, 15);

    private static final SiteScenario KEPT_UP = ScenarioCrawlTest.site("511000", "内江市人民政府", "www.neijiang.gov.cn").build();
    private static final SiteScenario STALE = ScenarioCrawlTest.site("511100", "乐山市人民政府", "www.leshan.gov.cn")
            .charset(CharsetStyle.UTF8).website(WebsiteStory.KEPT_UP.staleFrom(LocalDate.of(2008, 10, 6))).build();
    private static final SiteScenario EMPTY_NOTICES = ScenarioCrawlTest.site("511300", "南充市人民政府", "www.nanchong.gov.cn")
            .website(WebsiteStory.KEPT_UP.withEmptyColumns()).build();
    private static final SiteScenario FORM = ScenarioCrawlTest.site("511400", "眉山市人民政府", "www.ms.gov.cn")
            .ogiLocation(OgiLocation.SUBDOMAIN).charset(CharsetStyle.HEADER)
            .website(WebsiteStory.KEPT_UP.applying(Apply.FORM, false)).build();
    private static final SiteScenario NO_CHANNEL = ScenarioCrawlTest.site("511500", "宜宾市人民政府", "www.yibin.gov.cn")
            .website(WebsiteStory.KEPT_UP.applying(Apply.NONE, false)).build();
    private static final SiteScenario BROKEN_FORM = ScenarioCrawlTest.site("511600", "广安市人民政府", "www.guang-an.gov.cn")
            .website(WebsiteStory.KEPT_UP.applying(Apply.DOWNLOAD, true)).build();
    private static final SiteScenario LATE_REPORT = ScenarioCrawlTest.site("511700", "达州市人民政府", "www.dazhou.gov.cn")
            .charset(CharsetStyle.UTF8).website(WebsiteStory.KEPT_UP.report(LocalDate.of(2009, 4, 10), true)).build();
    private static final SiteScenario NO_REPORT = ScenarioCrawlTest.site("511800", "雅安市人民政府", "www.yaan.gov.cn")
            .website(WebsiteStory.KEPT_UP.report(null, false)).build();

    private static SimulatedWeb web;
    private static Crawler crawler;

    @BeforeAll
    static void start() {
        web = SimulatedWeb.start(APRIL_15).sites(List.of(DemoFarm.provinceOffice()))
                .sites(List.of(KEPT_UP, STALE, EMPTY_NOTICES, FORM, NO_CHANNEL, BROKEN_FORM, LATE_REPORT, NO_REPORT));
        crawler = new Crawler(ScenarioCrawlTest.settings(web));
    }

    @AfterAll
    static void stop() {
        crawler.close();
        web.close();
    }

    private static WebsiteFinding crawl(SiteScenario s, LocalDate day) {
        web.setDate(day);
        SiteResult r = crawler.crawlSite(ScenarioCrawlTest.target(s));
        assertThat(r.reachable()).as("%s reachable", s).isTrue();
        return r.website();
    }

    @Test
    void aSiteThatKeepsUpIsFreshTakesRequestsAndHasItsReportOnTime() {
        WebsiteFinding w = crawl(KEPT_UP, APRIL_15);
        assertThat(w.latestUpdate().orElseThrow().date()).isEqualTo(LocalDate.of(2009, 4, 14));
        assertThat(w.homepageStale(APRIL_15)).isFalse();
        assertThat(w.applyOnline().found()).isTrue();
        assertThat(w.applyOnline().url()).endsWith("/zwgk/ysq/index.htm");
        assertThat(w.annualReport().found()).isTrue();
        assertThat(w.annualReport().year()).isEqualTo(2008);
        assertThat(w.annualReport().publishedOn()).contains(LocalDate.of(2009, 3, 20));
        assertThat(w.annualReport().parts()).containsExactlyInAnyOrder(ReportPart.values());
        assertThat(w.broken()).extracting(BrokenLink::url).noneMatch(u -> u.endsWith("sqb.doc"));
        assertThat(w.linksChecked()).isPositive();
    }

    @Test
    void aHomepageWithoutNewItemsSinceOctoberIsStaleAndItsArticlesAreNotMistakenForNew() {
        WebsiteFinding w = crawl(STALE, APRIL_15);
        assertThat(w.latestUpdate().orElseThrow().date()).isEqualTo(LocalDate.of(2008, 10, 6));
        assertThat(w.homepageStale(APRIL_15)).isTrue();
        assertThat(crawl(STALE, LocalDate.of(2008, 10, 12)).homepageStale(LocalDate.of(2008, 10, 12))).isFalse();
    }

    @Test
    void anEmptyNoticeColumnIsCountedEmpty() {
        WebsiteFinding w = crawl(EMPTY_NOTICES, APRIL_15);
        assertThat(w.columns()).filteredOn(c -> c.type() == ColumnType.NOTICE).singleElement()
                .satisfies(c -> assertThat(c.items()).isZero());
        assertThat(w.homepageStale(APRIL_15)).isFalse();
    }

    @Test
    void anOnlineFormIsTheChannelAndASentenceIsNot() {
        WebsiteFinding form = crawl(FORM, APRIL_15);
        assertThat(form.applyOnline().found()).isTrue();
        assertThat(form.applyOnline().url()).isEqualTo("http://xxgk.ms.gov.cn/ysq/index.htm");
        assertThat(crawl(NO_CHANNEL, APRIL_15).applyOnline().found()).isFalse();
    }

    @Test
    void aMissingApplicationFormIsABrokenLinkWithWhereItWas() {
        WebsiteFinding w = crawl(BROKEN_FORM, APRIL_15);
        assertThat(w.broken()).filteredOn(b -> b.url().endsWith("/zwgk/ysq/sqb.doc")).singleElement()
                .satisfies(b -> {
                    assertThat(b.status()).isEqualTo(404);
                    assertThat(b.on()).endsWith("/zwgk/");
                });
    }

    @Test
    void aLateReportIsFoundOnlyOnceItIsPublishedWithTheMissingPartsNamed() {
        assertThat(crawl(LATE_REPORT, LocalDate.of(2009, 4, 1)).annualReport().found()).isFalse();
        WebsiteFinding w = crawl(LATE_REPORT, APRIL_15);
        assertThat(w.annualReport().found()).isTrue();
        assertThat(w.annualReport().publishedOn()).isEqualTo(Optional.of(LocalDate.of(2009, 4, 10)));
        assertThat(w.annualReport().parts()).doesNotContain(ReportPart.fees, ReportPart.appeals)
                .contains(ReportPart.proactive, ReportPart.onRequest, ReportPart.improvements);
        assertThat(crawl(NO_REPORT, APRIL_15).annualReport().found()).isFalse();
    }
}
