package dev.ogi.server.crawls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.GuideFinding;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.model.WebsiteFinding;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.db.Database;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitDao;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How rounds are stored: on a real SQLite file migrated by Flyway, with a scripted engine standing
 * in for the crawler so each unit's outcome per round is exactly what the test says.
 */
class CrawlServiceTest {

    static final Instant NOW = Instant.parse("2007-11-15T02:00:00Z");
    static final Unit CHENGDU = unit("510100", "成都市人民政府", "http://www.chengdu.gov.cn/");
    static final Unit EDU = unit("jyt", "四川省教育厅", "http://www.scedu.gov.cn/");

    @TempDir
    Path folder;

    Jdbi jdbi;
    CrawlService service;

    static Unit unit(String code, String name, String homepage) {
        return new Unit(code, name, null, code.matches("\\d+") ? "市州" : "省直部门", null, homepage, null, null, null, null, true);
    }

    @BeforeEach
    void database() throws Exception {
        Files.createDirectories(folder);
        jdbi = Database.openStandalone(OgiConfiguration.sqliteDefaults(folder.resolve("ogi.db").toString()));
        jdbi.useExtension(UnitDao.class, units -> {
            units.insert(CHENGDU, NOW.toString());
            units.insert(EDU, NOW.toString());
        });
        service = new CrawlService(jdbi, Clock.fixed(NOW, ZoneOffset.UTC), CrawlerSettings.defaults(), 3);
    }

    static SiteResult published(SiteTarget t) {
        Evidence guideEvidence = new Evidence(t.homepage() + "zwgk/gkzn/index.htm", 200, NOW, "ab12", "政府信息公开指南",
                "为了更好地提供政府信息公开服务……", "判定为指南：标题为公开指南，含 9 项要素");
        Evidence catalogueEvidence = new Evidence(t.homepage() + "zwgk/gkml/index.htm", 200, NOW, "cd34", "政府信息公开目录",
                "索引号 信息名称 内容概述 生成日期", "判定为公开目录：47 条");
        return new SiteResult(t.code(), t.homepage(), true, null, false, 12, true, NOW, NOW.plusSeconds(12),
                new GuideFinding(true, guideEvidence.url(), false, EnumSet.allOf(GuideElement.class), Optional.of(guideEvidence)),
                new CatalogueFinding(true, catalogueEvidence.url(), false, 47, EnumSet.allOf(CatalogueField.class),
                        Optional.of(catalogueEvidence)));
    }

    static SiteResult down(SiteTarget t) {
        return new SiteResult(t.code(), t.homepage(), false, "首页无法访问：HTTP 503", false, 1, false, NOW, NOW.plusSeconds(1),
                GuideFinding.missing(), CatalogueFinding.missing());
    }

    /** An engine that answers each unit as told and reports every site as it finishes. */
    static CrawlService.Engine scripted(Map<String, Function<SiteTarget, SiteResult>> outcome) {
        return (targets, listener) -> {
            List<SiteResult> results = new ArrayList<>();
            for (SiteTarget t : targets) {
                SiteResult r = outcome.get(t.code()).apply(t);
                listener.siteFinished(r);
                results.add(r);
            }
            return results;
        };
    }

    CrawlRound round(LocalDate day, Function<SiteTarget, SiteResult> chengdu, Function<SiteTarget, SiteResult> edu) {
        return service.runNow("test", day, List.of(CHENGDU, EDU), scripted(Map.of("510100", chengdu, "jyt", edu)),
                CrawlListener.NONE);
    }

    SiteCheck last(String code) {
        return service.dao().lastCheck(code).orElseThrow();
    }

    @Test
    void roundStoresOneCheckPerUnitWithItsEvidence() {
        CrawlRound round = round(LocalDate.of(2007, 11, 15), CrawlServiceTest::published, CrawlServiceTest::down);

        assertThat(round.status()).isEqualTo(CrawlRound.FINISHED);
        assertThat(round.asOf()).isEqualTo("2007-11-15");
        assertThat(round.unitsTotal()).isEqualTo(2);
        assertThat(round.unitsDone()).isEqualTo(2);
        assertThat(round.pagesFetched()).isEqualTo(13);
        assertThat(round.errors()).isEqualTo(1);
        SiteCheck chengdu = last("510100");
        assertThat(chengdu.guideFound()).isTrue();
        assertThat(chengdu.guideElements()).isEqualTo("access,address,arrangement,classification,email,fax,hours,officeName,phone");
        assertThat(chengdu.catalogueEntries()).isEqualTo(47);
        assertThat(chengdu.catalogueFields()).isEqualTo("date,index,name,summary");
        List<EvidenceRow> evidence = service.dao().evidenceOf(List.of(chengdu.id()));
        assertThat(evidence).extracting(EvidenceRow::kind).containsExactly("homepage", "guide", "catalogue");
        assertThat(evidence.get(1).url()).isEqualTo("http://www.chengdu.gov.cn/zwgk/gkzn/index.htm");
        assertThat(evidence.get(1).contentHash()).isEqualTo("ab12");
        assertThat(evidence.get(1).reason()).contains("9 项要素");
        SiteCheck edu = last("jyt");
        assertThat(edu.reachable()).isFalse();
        assertThat(edu.error()).isEqualTo("首页无法访问：HTTP 503");
        assertThat(edu.carriedOver()).isFalse();
        assertThat(edu.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void historyIsAppendedAndFirstSeenIsTheFirstRoundThatSawIt() {
        round(LocalDate.of(2007, 10, 20), CrawlServiceTest::down, CrawlServiceTest::down);
        round(LocalDate.of(2007, 10, 27), CrawlServiceTest::published, CrawlServiceTest::down);
        round(LocalDate.of(2007, 11, 3), CrawlServiceTest::published, CrawlServiceTest::published);

        UnitChecks chengdu = service.history("510100", 100);
        assertThat(chengdu.checks()).extracting(UnitChecks.Check::asOf).containsExactly("2007-11-03", "2007-10-27", "2007-10-20");
        assertThat(chengdu.guideFirstSeen()).isEqualTo("2007-10-27");
        assertThat(chengdu.catalogueFirstSeen()).isEqualTo("2007-10-27");
        assertThat(chengdu.checks().get(0).guide().elements()).hasSize(9);
        assertThat(chengdu.checks().get(0).evidence()).hasSize(3);
        assertThat(service.history("jyt", 100).guideFirstSeen()).isEqualTo("2007-11-03");
        assertThat(service.dao().rounds(10)).extracting(CrawlRound::asOf).containsExactly("2007-11-03", "2007-10-27", "2007-10-20");
    }

    @Test
    void failingSiteKeepsItsLastGoodFindingsUntilItFailsThreeRoundsInARow() {
        round(LocalDate.of(2007, 11, 1), CrawlServiceTest::published, CrawlServiceTest::published);
        round(LocalDate.of(2007, 11, 8), CrawlServiceTest::down, CrawlServiceTest::published);
        SiteCheck first = last("510100");
        assertThat(first.reachable()).isFalse();
        assertThat(first.carriedOver()).isTrue();
        assertThat(first.consecutiveFailures()).isEqualTo(1);
        assertThat(first.guideFound()).isTrue();
        assertThat(first.catalogueEntries()).isEqualTo(47);
        assertThat(service.dao().evidenceOf(List.of(first.id())))
                .filteredOn(e -> e.kind().equals("guide")).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("网站本次无法访问（连续第 1 次），沿用 2007-11-01 检查的结果"));

        round(LocalDate.of(2007, 11, 15), CrawlServiceTest::down, CrawlServiceTest::published);
        assertThat(last("510100").carriedOver()).isTrue();
        assertThat(last("510100").consecutiveFailures()).isEqualTo(2);
        assertThat(last("510100").guideFound()).isTrue();

        round(LocalDate.of(2007, 11, 22), CrawlServiceTest::down, CrawlServiceTest::published);
        SiteCheck third = last("510100");
        assertThat(third.carriedOver()).isFalse();
        assertThat(third.consecutiveFailures()).isEqualTo(3);
        assertThat(third.guideFound()).isFalse();
        assertThat(third.catalogueFound()).isFalse();

        round(LocalDate.of(2007, 11, 29), CrawlServiceTest::published, CrawlServiceTest::published);
        assertThat(last("510100").consecutiveFailures()).isZero();
        assertThat(last("510100").guideFound()).isTrue();
        assertThat(service.history("510100", 100).guideFirstSeen()).isEqualTo("2007-11-01");
    }

    /** A site with its website facts: a stale notice column, a broken attachment, a form and a late report. */
    static SiteResult withWebsite(SiteTarget t) {
        SiteResult p = published(t);
        Evidence form = new Evidence(t.homepage() + "ysqgk/", 200, NOW, "ef56", "依申请公开", "申请人姓名……",
                "判定为在线申请：页面有依申请公开的申请表单（申请人、所需信息）");
        WebsiteFinding w = new WebsiteFinding(
                Optional.of(new WebsiteFinding.DatedLink(LocalDate.of(2007, 11, 10), t.homepage() + "xwzx/a1.htm", "全市工作会议召开")),
                List.of(new WebsiteFinding.Column(WebsiteFinding.ColumnType.NOTICE, "通知公告", t.homepage() + "tzgg/", 2,
                        Optional.of(new WebsiteFinding.DatedLink(LocalDate.of(2007, 3, 1), t.homepage() + "tzgg/n1.htm", "关于……的通知")),
                        WebsiteFinding.ColumnState.STALE)),
                12,
                List.of(new WebsiteFinding.BrokenLink(t.homepage() + "xxgk/files/a.doc", 404, t.homepage() + "xxgk/",
                        "HTTP 404（页面不存在）")),
                new WebsiteFinding.ApplyChannel(true, form.url(), Optional.of(form)),
                new WebsiteFinding.AnnualReport(true, t.homepage() + "xxgk/ndbg/2006.htm", 2006, Optional.of(LocalDate.of(2007, 4, 20)),
                        EnumSet.of(WebsiteFinding.ReportPart.proactive, WebsiteFinding.ReportPart.onRequest), Optional.empty()));
        return new SiteResult(p.code(), p.homepage(), true, null, false, p.pagesFetched(), true, p.startedAt(), p.finishedAt(),
                p.guide(), p.catalogue(), w);
    }

    @Test
    void roundStoresTheWebsiteFactsAndTheHistoryShowsThem() {
        round(LocalDate.of(2007, 11, 15), CrawlServiceTest::withWebsite, CrawlServiceTest::published);

        UnitChecks.Website w = service.history("510100", 10).checks().get(0).website();
        assertThat(w.latestUpdate()).isEqualTo(new UnitChecks.Dated("2007-11-10", "http://www.chengdu.gov.cn/xwzx/a1.htm",
                "全市工作会议召开"));
        assertThat(w.brokenLinks().checked()).isEqualTo(12);
        assertThat(w.brokenLinks().broken()).containsExactly(new UnitChecks.BrokenLink("http://www.chengdu.gov.cn/xxgk/files/a.doc",
                404, "http://www.chengdu.gov.cn/xxgk/", "HTTP 404（页面不存在）"));
        assertThat(w.applyOnline()).isEqualTo(new UnitChecks.Found(true, "http://www.chengdu.gov.cn/ysqgk/"));
        assertThat(w.annualReport()).isEqualTo(new UnitChecks.AnnualReport(true, "http://www.chengdu.gov.cn/xxgk/ndbg/2006.htm",
                2006, "2007-04-20", List.of("onRequest", "proactive")));
        assertThat(w.columns()).containsExactly(new UnitChecks.Column("NOTICE", "通知公告", "http://www.chengdu.gov.cn/tzgg/", 2,
                "2007-03-01", "http://www.chengdu.gov.cn/tzgg/n1.htm", "STALE"));
        assertThat(service.dao().evidenceOf(List.of(last("510100").id()))).extracting(EvidenceRow::kind)
                .containsExactly("homepage", "guide", "catalogue", "applyOnline");
        // a site without website facts (scripted as before) has an empty record, not none
        UnitChecks.Website edu = service.history("jyt", 10).checks().get(0).website();
        assertThat(edu.latestUpdate()).isNull();
        assertThat(edu.brokenLinks().checked()).isZero();
        assertThat(edu.applyOnline().found()).isFalse();
    }

    @Test
    void aFailingSiteCarriesItsWebsiteFactsOverWithItsFindings() {
        round(LocalDate.of(2007, 11, 15), CrawlServiceTest::withWebsite, CrawlServiceTest::published);
        round(LocalDate.of(2007, 11, 22), CrawlServiceTest::down, CrawlServiceTest::published);

        UnitChecks.Check carried = service.history("510100", 10).checks().get(0);
        assertThat(carried.carriedOver()).isTrue();
        assertThat(carried.website().latestUpdate().date()).isEqualTo("2007-11-10");
        assertThat(carried.website().brokenLinks().broken()).hasSize(1);
        assertThat(carried.website().columns()).hasSize(1);
    }

    @Test
    void siteThatNeverWorkedHasNothingToCarryOver() {
        round(LocalDate.of(2007, 11, 1), CrawlServiceTest::down, CrawlServiceTest::published);
        round(LocalDate.of(2007, 11, 8), CrawlServiceTest::down, CrawlServiceTest::published);

        assertThat(last("510100").carriedOver()).isFalse();
        assertThat(last("510100").consecutiveFailures()).isEqualTo(2);
        assertThat(last("510100").guideFound()).isFalse();
    }

    @Test
    void oneUnitThatCannotBeStoredDoesNotLoseTheOthers() {
        // a result for a unit the registry does not know breaks its insert (foreign key), not the round
        CrawlService.Engine engine = (targets, listener) -> {
            SiteResult stranger = published(new SiteTarget("no-such-unit", "某县人民政府", "县(市、区)", "http://www.x.gov.cn/"));
            listener.siteFinished(stranger);
            List<SiteResult> results = new ArrayList<>(List.of(stranger));
            for (SiteTarget t : targets) {
                SiteResult r = published(t);
                listener.siteFinished(r);
                results.add(r);
            }
            return results;
        };
        CrawlRound round = service.runNow("test", LocalDate.of(2007, 11, 15), List.of(CHENGDU, EDU), engine, CrawlListener.NONE);

        assertThat(round.status()).isEqualTo(CrawlRound.FINISHED);
        assertThat(round.errors()).isEqualTo(1);
        assertThat(service.dao().checksInRound(round.id())).extracting(SiteCheck::unitCode).containsExactly("510100", "jyt");
    }

    @Test
    void crashMidRoundMarksTheRoundFailedAndKeepsTheRowsWritten() {
        round(LocalDate.of(2007, 11, 1), CrawlServiceTest::published, CrawlServiceTest::published);
        CrawlService.Engine crashing = (targets, listener) -> {
            listener.siteFinished(published(targets.get(0)));
            throw new IllegalStateException("out of memory while parsing (simulated)");
        };

        CrawlRound round = service.runNow("test", LocalDate.of(2007, 11, 8), List.of(CHENGDU, EDU), crashing, CrawlListener.NONE);

        assertThat(round.status()).isEqualTo(CrawlRound.FAILED);
        assertThat(round.failure()).contains("已写入的 1 个单位的结果保留").contains("out of memory while parsing");
        assertThat(service.dao().checksInRound(round.id())).extracting(SiteCheck::unitCode).containsExactly("510100");
        assertThat(service.dao().checksOf("jyt", 10)).hasSize(1);
        assertThat(service.isRunning()).isFalse();
    }

    @Test
    void secondRoundWhileOneRunsIsRefusedWith409() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CrawlService.Engine blocking = (targets, listener) -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        };
        Thread first = new Thread(() -> service.runNow("test", LocalDate.of(2007, 11, 1), List.of(CHENGDU), blocking, CrawlListener.NONE));
        first.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> service.runNow("test", LocalDate.of(2007, 11, 1), List.of(EDU), blocking, CrawlListener.NONE))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining("已有一轮网站检查正在进行");
        CrawlService.Progress progress = service.progress();
        assertThat(progress.running()).isTrue();
        assertThat(progress.unitsTotal()).isEqualTo(1);

        release.countDown();
        first.join(30_000);
        assertThat(service.progress().running()).isFalse();
        assertThat(service.dao().rounds(10)).hasSize(1);
    }

    @Test
    void overriddenEngineServesLaterRoundsInsteadOfTheConfiguredCrawler() {
        service.overrideEngine(scripted(Map.of("510100", CrawlServiceTest::published, "jyt", CrawlServiceTest::down)));

        CrawlRound round = service.runNow("api", LocalDate.of(2008, 3, 15), List.of(CHENGDU, EDU));

        assertThat(round.status()).isEqualTo(CrawlRound.FINISHED);
        assertThat(last("510100").guideFound()).isTrue();
        assertThat(last("jyt").reachable()).isFalse();
    }

    @Test
    void stoppingTheServiceMidRoundMarksTheRoundStoppedAndCountsNoCutOffSiteAsAFailure() throws Exception {
        round(LocalDate.of(2007, 11, 1), CrawlServiceTest::published, CrawlServiceTest::published);
        CountDownLatch firstStored = new CountDownLatch(1);
        service.overrideEngine((targets, listener) -> {
            listener.siteFinished(published(targets.get(0)));
            firstStored.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // what the crawler reports for a site cut off by the stop
                Thread.currentThread().interrupt();
                listener.siteFinished(new SiteResult(targets.get(1).code(), targets.get(1).homepage(), false, "检查被中止",
                        false, 0, false, NOW, NOW, GuideFinding.missing(), CatalogueFinding.missing()));
            }
            return List.of();
        });
        CrawlRound started = service.startInBackground("schedule", LocalDate.of(2007, 11, 2), List.of(CHENGDU, EDU));
        assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();

        service.stop();

        CrawlRound round = service.dao().round(started.id()).orElseThrow();
        assertThat(round.status()).isEqualTo(CrawlRound.STOPPED);
        assertThat(round.failure()).contains("服务停止", "不计为网站故障");
        assertThat(service.dao().checksInRound(started.id())).extracting(SiteCheck::unitCode).containsExactly("510100");
        SiteCheck edu = last("jyt");
        assertThat(edu.asOf()).isEqualTo("2007-11-01");
        assertThat(edu.reachable()).isTrue();
        assertThat(edu.consecutiveFailures()).isZero();
    }

    @Test
    void roundsLeftRunningByAStoppedProcessAreMarkedFailedAtStart() {
        long id = service.dao().insertRound(NOW.toString(), "2007-11-01", "schedule", 72);

        service.start();

        CrawlRound round = service.dao().round(id).orElseThrow();
        assertThat(round.status()).isEqualTo(CrawlRound.FAILED);
        assertThat(round.failure()).contains("服务在本轮检查进行中停止");
    }

    @Test
    void invalidConfigurationIsRefusedWithTheSettingNamed() {
        CrawlerConfiguration config = new CrawlerConfiguration();
        config.setProxy("10.1.2.3");
        assertThatThrownBy(config::toSettings).hasMessageContaining("crawler.proxy");
        CrawlerConfiguration cron = new CrawlerConfiguration();
        cron.setSchedule("every night");
        assertThatThrownBy(cron::toSettings).hasMessageContaining("crawler.schedule").hasMessageContaining("every night");
        CrawlerConfiguration good = new CrawlerConfiguration();
        good.setProxy("10.1.2.3:8080");
        good.setPlatformHosts(List.of("xxgk.sc.gov.cn"));
        assertThat(good.toSettings().proxy()).isPresent();
        assertThat(good.toSettings().ogiPlatformHosts()).isEqualTo(Set.of("xxgk.sc.gov.cn"));
        assertThat(good.toSettings().politenessDelay()).hasSeconds(1);
    }
}
