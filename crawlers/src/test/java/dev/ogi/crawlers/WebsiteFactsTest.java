package dev.ogi.crawlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.model.WebsiteFinding;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnState;
import dev.ogi.crawlers.model.WebsiteFinding.ColumnType;
import dev.ogi.crawlers.model.WebsiteFinding.ReportPart;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static dev.ogi.crawlers.TestWeb.fixture;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "website as the first platform" facts on sites built like real ones, over a real loopback
 * server: freshness of the homepage and its columns, broken links of the OGI pages, the request
 * channel and the annual report, and how they appear in check's RESULT.json.
 */
class WebsiteFactsTest extends LoopbackSiteTest {

    /** The crawl's day: 2009-04-10, ten days after the 2008 reports were due. */
    static final Instant DAY = Instant.parse("2009-04-10T02:00:00Z");

    SiteResult crawl(String unit, String host) {
        CrawlerSettings settings = loopbackSettings();
        crawler = new Crawler(settings, Clock.fixed(DAY, ZoneOffset.UTC));
        return crawler.crawlSite(new SiteTarget("510100", unit, "市州", "http://" + host + "/"));
    }

    // ---- a GB2312 city site: table layout, [MM-DD] dates, a separate date cell ------------------

    /** Homepage: news with [MM-DD], a clock, the copyright year, an events calendar, three columns. */
    static final String TABLE_HOME = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>成都市人民政府门户网站</title></head><body>
            <table width="100%"><tr><td>今天是2009年4月10日 星期五</td><td><a href="/sy.htm">设为首页</a></td></tr></table>
            <table><tr>
             <td><a href="/xwzx/index.htm">新闻中心</a></td><td><a href="/tzgg/index.htm">通知公告</a></td>
             <td><a href="/zcwj/index.htm">政策文件</a></td><td><a href="/xxgk/index.htm">政府信息公开</a></td>
             <td><a href="/wszx/index.htm">网上咨询</a></td><td><a href="/ldxx/index.htm">市长信箱</a></td></tr></table>
            <table class="news">
             <tr><td>·<a href="/xwzx/2009/0402/a1.htm">市政府召开常务会议研究部署春耕生产工作</a></td><td>[04-02]</td></tr>
             <tr><td>·<a href="/xwzx/2009/0328/a2.htm">全市政府信息公开工作会议在蓉召开</a></td><td>[03-28]</td></tr>
            </table>
            <table id="calendar"><tr><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr>
             <tr><td><a href="/hd.htm?d=2009-04-25">2009-04-25 春季招聘会</a></td></tr></table>
            <p>版权所有 © 2009 成都市人民政府办公厅 <a href="/lxwm.htm">联系我们</a> 2009-01-01</p>
            </body></html>""";

    static final String NEWS_COLUMN = """
            <html><head><meta charset="gb2312"><title>新闻中心</title></head><body>
            <a href="/">首页</a> <a href="/xxgk/index.htm">政府信息公开</a>
            <ul><li><a href="2009/0409/a3.htm">我市召开第一季度经济形势分析会</a><span>(2009-04-09)</span></li>
            <li><a href="2009/0402/a1.htm">市政府召开常务会议研究部署春耕生产工作</a><span>(2009-04-02)</span></li></ul>
            </body></html>""";

    static final String NOTICE_COLUMN = """
            <html><head><meta charset="gb2312"><title>通知公告</title></head><body>
            <table><tr><td><a href="n1.htm">关于做好2008年度防汛工作的通知</a></td><td>08-06-15</td></tr>
            <tr><td><a href="n2.htm">关于公布第一批行政审批事项的公告</a></td><td>08-05-02</td></tr></table>
            </body></html>""";

    static final String EMPTY_POLICY_COLUMN = """
            <html><head><meta charset="gb2312"><title>政策文件</title></head><body>
            <a href="/">首页</a><p>本栏目暂无信息</p></body></html>""";

    /** The OGI column: guide, catalogue, the request channel, reports, and attachments (two broken). */
    static final String OGI_COLUMN = """
            <html><head><meta charset="gb2312"><title>政府信息公开</title></head><body>
            <table><tr><td><a href="gkzn/index.htm">政府信息公开指南</a></td></tr>
            <tr><td><a href="gkml/index.htm">政府信息公开目录</a></td></tr>
            <tr><td><a href="ysqgk/index.htm">依申请公开</a></td></tr>
            <tr><td><a href="ndbg/index.htm">政府信息公开年度报告</a></td></tr>
            <tr><td><a href="/gzbg/2009.htm">2009年政府工作报告</a></td></tr>
            <tr><td><a href="/wszx/index.htm">网上咨询</a></td></tr>
            <tr><td><a href="files/zcjd.doc">政策解读（附件）</a></td></tr>
            <tr><td><a href="files/gkgd.doc">信息公开规定（附件）</a></td></tr>
            <tr><td><a href="old/zhidu.htm">信息公开制度</a></td></tr>
            <tr><td><a href="old/moved.htm">保密审查制度</a></td></tr>
            <tr><td><a href="old/gone.htm">公开工作机构</a></td></tr>
            </table></body></html>""";

    static final String APPLY_PAGE = """
            <html><head><meta charset="gb2312"><title>依申请公开</title></head><body>
            <h2>依申请公开</h2><p>公民、法人和其他组织可以向本机关申请获取政府信息。</p>
            <p><a href="/xxgk/files/sqb.doc">成都市政府信息公开申请表</a>（下载后填写）</p>
            <p>申请表请邮寄至：通讯地址：成都市人民南路二段1号市政府办公厅信息公开办 邮编：610016，
            信封注明“政府信息公开申请”；或传真：028-86000000。</p></body></html>""";

    static final String REPORTS_LIST = """
            <html><head><meta charset="gb2312"><title>年度报告</title></head><body>
            <table><tr><td><a href="2008.htm">成都市2008年政府信息公开工作年度报告</a></td><td>2009-03-27</td></tr>
            <tr><td><a href="sheng2008.htm">四川省人民政府2008年政府信息公开工作年度报告</a></td><td>2009-03-31</td></tr>
            <tr><td><a href="yd2009.htm">成都市2009年政府信息公开工作要点</a></td><td>2009-02-01</td></tr>
            </table></body></html>""";

    static final String REPORT_2008 = """
            <html><head><meta charset="gb2312"><title>成都市2008年政府信息公开工作年度报告</title></head><body>
            <h1>成都市2008年政府信息公开工作年度报告</h1>
            <p>一、概述 二、主动公开政府信息情况 三、依申请公开政府信息情况 四、政府信息公开的收费及减免情况
            五、因政府信息公开申请行政复议、提起行政诉讼的情况 六、政府信息公开工作存在的主要问题及改进措施</p>
            </body></html>""";

    void tableSite() {
        String b = "http://" + HOST;
        web.html(b + "/", TABLE_HOME)
                .html(b + "/xwzx/index.htm", NEWS_COLUMN)
                .html(b + "/tzgg/index.htm", NOTICE_COLUMN)
                .html(b + "/zcwj/index.htm", EMPTY_POLICY_COLUMN)
                .html(b + "/xxgk/index.htm", OGI_COLUMN)
                .html(b + "/xxgk/gkzn/index.htm", fixture("guide.html", "UNIT", UNIT, "CITY", "成都市", "DOMAIN", "chengdu.gov.cn"))
                .html(b + "/xxgk/ysqgk/index.htm", APPLY_PAGE)
                .html(b + "/xxgk/ndbg/index.htm", REPORTS_LIST)
                .html(b + "/xxgk/ndbg/2008.htm", REPORT_2008)
                .html(b + "/xxgk/ndbg/sheng2008.htm", REPORT_2008.replace("成都市", "四川省人民政府"))
                .html(b + "/xxgk/ndbg/yd2009.htm", "<html><head><title>成都市2009年政府信息公开工作要点</title></head><body>要点</body></html>")
                .html(b + "/xxgk/gkml/index.htm", "<html><head><title>政府信息公开目录</title></head><body>目录</body></html>")
                .html(b + "/xxgk/old/zhidu.htm", "<html><body><h1>信息公开制度</h1><p>制度全文……</p></body></html>")
                .at(b + "/xxgk/old/moved.htm", TestWeb.redirect(301, "/xxgk/old/zhidu.htm"))
                .at(b + "/xxgk/files/zcjd.doc", TestWeb.status(404))
                .at(b + "/xxgk/files/sqb.doc", TestWeb.bytes("application/msword", "not a real doc".getBytes(StandardCharsets.UTF_8)))
                .html(b + "/xxgk/old/gone.htm", "<html><head><title>提示</title></head><body>对不起，您访问的页面不存在或已被删除</body></html>");
    }

    @Test
    void aSiteAnsweringEveryMissingAddressWithItsOwnPageHasThoseLinksBroken() {
        tableSite();
        // No "not found" wording: only the comparison with the answer to a random address tells
        // (gkgd.doc, linked from the OGI column and not there, is answered with this page).
        web.fallback(HOST, TestWeb.bytes("text/html", fixture("soft-not-found.html", "UNIT", UNIT).getBytes(TestWeb.GBK)));

        WebsiteFinding w = crawl(UNIT, HOST).website();

        assertThat(w.broken()).extracting(WebsiteFinding.BrokenLink::url, WebsiteFinding.BrokenLink::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/files/zcjd.doc", 404),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/files/gkgd.doc", 200),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/old/gone.htm", 200));
        assertThat(w.broken()).filteredOn(b -> b.status() == 200).extracting(WebsiteFinding.BrokenLink::answer)
                .allMatch(a -> a.contains("软404"));
        assertThat(web.pathsRequested(HOST)).anyMatch(p -> p.startsWith("/ogi-probe-"));
    }

    @Test
    void tableSiteGivesNewestItemColumnsBrokenLinksApplicationAndReport() {
        tableSite();

        SiteResult r = crawl(UNIT, HOST);
        WebsiteFinding w = r.website();

        // the clock (今天是2009年4月10日), the calendar's 04-25 and the copyright line do not count
        assertThat(w.latestUpdate()).isPresent();
        assertThat(w.latestUpdate().get().date()).isEqualTo(LocalDate.of(2009, 4, 9));
        assertThat(w.latestUpdate().get().url()).isEqualTo("http://" + HOST + "/xwzx/2009/0409/a3.htm");
        assertThat(w.homepageStale(LocalDate.of(2009, 4, 10))).isFalse();
        assertThat(w.homepageStale(LocalDate.of(2009, 4, 24))).isTrue();
        assertThat(w.columns()).extracting(WebsiteFinding.Column::type, WebsiteFinding.Column::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ColumnType.NEWS, ColumnState.CURRENT),
                        org.assertj.core.groups.Tuple.tuple(ColumnType.NOTICE, ColumnState.STALE),
                        org.assertj.core.groups.Tuple.tuple(ColumnType.POLICY, ColumnState.EMPTY),
                        org.assertj.core.groups.Tuple.tuple(ColumnType.OGI, ColumnState.STALE));
        WebsiteFinding.Column notices = w.columns().stream().filter(c -> c.type() == ColumnType.NOTICE).findFirst().orElseThrow();
        assertThat(notices.latest().get().date()).isEqualTo(LocalDate.of(2008, 6, 15));

        assertThat(w.broken()).extracting(WebsiteFinding.BrokenLink::url, WebsiteFinding.BrokenLink::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/files/zcjd.doc", 404),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/files/gkgd.doc", 404),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/xxgk/old/gone.htm", 200),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/gzbg/2009.htm", 404),
                        org.assertj.core.groups.Tuple.tuple("http://" + HOST + "/wszx/index.htm", 404));
        assertThat(w.broken()).allMatch(b -> b.on().equals("http://" + HOST + "/xxgk/index.htm"));
        assertThat(w.linksChecked()).isGreaterThanOrEqualTo(11);

        assertThat(w.applyOnline().found()).isTrue();
        assertThat(w.applyOnline().url()).isEqualTo("http://" + HOST + "/xxgk/ysqgk/index.htm");

        WebsiteFinding.AnnualReport a = w.annualReport();
        assertThat(a.found()).isTrue();
        assertThat(a.url()).isEqualTo("http://" + HOST + "/xxgk/ndbg/2008.htm");
        assertThat(a.year()).isEqualTo(2008);
        assertThat(a.publishedOn()).contains(LocalDate.of(2009, 3, 27));
        assertThat(a.parts()).isEqualTo(EnumSet.allOf(ReportPart.class));
    }

    @Test
    void withWebsiteChecksOffTheCrawlReadsNoneOfThemAndSpendsFewerRequests() {
        tableSite();
        SiteResult with = crawl(UNIT, HOST);
        crawler.close();
        crawler = new Crawler(loopbackSettings().withWebsiteChecks(false), Clock.fixed(DAY, ZoneOffset.UTC));

        SiteResult without = crawler.crawlSite(new SiteTarget("510100", UNIT, "市州", "http://" + HOST + "/"));

        assertThat(without.guide().found()).isTrue();
        assertThat(without.website()).isEqualTo(WebsiteFinding.none());
        assertThat(with.website().linksChecked()).isPositive();
        assertThat(without.pagesFetched()).isLessThan(with.pagesFetched());
    }

    @Test
    void checkJsonCarriesTheWebsiteMember() throws Exception {
        tableSite();

        SiteResult r = crawl(UNIT, HOST);
        JsonNode unit = new ObjectMapper().readTree(CheckResultJson.toJson(List.of(r))).get(0);
        JsonNode w = unit.get("website");

        assertThat(unit.get("guide").get("found").asBoolean()).isTrue();
        assertThat(iterable(w.fieldNames())).containsExactly("latestUpdate", "brokenLinks", "applyOnline", "annualReport");
        assertThat(w.get("latestUpdate").toString())
                .isEqualTo("{\"date\":\"2009-04-09\",\"url\":\"http://" + HOST + "/xwzx/2009/0409/a3.htm\"}");
        assertThat(w.get("brokenLinks").get("checked").asInt()).isEqualTo(r.website().linksChecked());
        JsonNode first = w.get("brokenLinks").get("broken").get(0);
        assertThat(iterable(first.fieldNames())).containsExactly("url", "status", "on");
        assertThat(w.get("applyOnline").toString())
                .isEqualTo("{\"found\":true,\"url\":\"http://" + HOST + "/xxgk/ysqgk/index.htm\"}");
        assertThat(w.get("annualReport").toString()).isEqualTo("{\"found\":true,\"url\":\"http://" + HOST
                + "/xxgk/ndbg/2008.htm\",\"year\":2008,\"publishedOn\":\"2009-03-27\"}");
    }

    // ---- a UTF-8 department site: lists, 2008年1月15日, dates only on the article page -------

    static final String DEPT = "四川省教育厅";
    static final String DEPT_HOST = "www.scedu.gov.cn";

    static final String LIST_HOME = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>四川省教育厅</title></head><body>
            <div class="nav"><a href="/gzdt/">工作动态</a> <a href="/zwgk/">政务公开</a> <a href="/ldxx/">厅长信箱</a></div>
            <div class="box"><h3>图片新闻</h3>
             <a href="/gzdt/content_1.html">全省教育系统政府信息公开培训班开班</a>
             <a href="/gzdt/content_2.html">教育厅领导赴阿坝州调研寄宿制学校建设</a></div>
            <div class="foot">Copyright 2009 四川省教育厅 蜀ICP备05000000号</div></body></html>""";

    static final String DEPT_NEWS = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态</title></head><body>
            <ul><li><a href="content_1.html">全省教育系统政府信息公开培训班开班</a></li>
            <li><a href="content_2.html">教育厅领导赴阿坝州调研寄宿制学校建设</a></li></ul></body></html>""";

    static final String ARTICLE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>
            <h1>%s</h1><div class="info">发布时间：%s 来源：办公室</div><p>正文……</p></body></html>""";

    static final String DEPT_OGI = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>政务公开</title></head><body>
            <ul><li><a href="zn.html">信息公开指南</a></li><li><a href="sq/">依申请公开</a></li>
            <li><a href="/zxzx/">在线咨询</a></li><li><a href="nb/2008.pdf">2008年度政府信息公开工作年度报告</a> 2009年4月8日</li>
            <li><a href="nb/2007.html">2007年政府信息公开工作年报</a> 2008年3月20日</li></ul></body></html>""";

    static final String DEPT_APPLY = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>依申请公开</title></head><body>
            <h2>政府信息公开申请</h2>
            <form action="/sq/submit" method="post"><table>
             <tr><td>申请人姓名</td><td><input name="name"></td></tr><tr><td>联系电话</td><td><input name="tel"></td></tr>
             <tr><td>电子邮箱</td><td><input name="mail"></td></tr>
             <tr><td>所需信息的内容描述</td><td><textarea name="content"></textarea></td></tr></table>
             <input type="submit" value="提交申请"></form></body></html>""";

    static final String REPORT_2007 = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>2007年政府信息公开工作年报</title></head><body>
            <h1>四川省教育厅2007年政府信息公开工作年报</h1><p>主动公开情况……依申请公开情况……</p></body></html>""";

    void listSite(boolean with2008Report) {
        String b = "http://" + DEPT_HOST;
        web.html(b + "/", LIST_HOME, StandardCharsets.UTF_8, true)
                .html(b + "/gzdt/", DEPT_NEWS, StandardCharsets.UTF_8, true)
                .html(b + "/gzdt/content_1.html", ARTICLE.formatted("培训班开班", "全省教育系统政府信息公开培训班开班",
                        "2009年4月9日"), StandardCharsets.UTF_8, true)
                .html(b + "/gzdt/content_2.html", ARTICLE.formatted("调研", "教育厅领导赴阿坝州调研", "2009-02-20"),
                        StandardCharsets.UTF_8, true)
                .html(b + "/zwgk/", DEPT_OGI, StandardCharsets.UTF_8, true)
                .html(b + "/zwgk/zn.html", fixture("guide.html", "UNIT", DEPT, "CITY", "成都市", "DOMAIN", "scedu.gov.cn"),
                        StandardCharsets.UTF_8, true)
                .html(b + "/zwgk/sq/", DEPT_APPLY, StandardCharsets.UTF_8, true)
                .html(b + "/zwgk/nb/2007.html", REPORT_2007, StandardCharsets.UTF_8, true);
        if (with2008Report) {
            web.html(b + "/zwgk/nb/2008.pdf", """
                    <html><head><meta charset="utf-8"><title>四川省教育厅2008年度政府信息公开工作年度报告</title></head>
                    <body><h1>四川省教育厅2008年度政府信息公开工作年度报告</h1>
                    <p>主动公开 依申请公开 复议和诉讼</p></body></html>""", StandardCharsets.UTF_8, true);
        }
    }

    @Test
    void listSiteDatesFromArticlePagesAnOnlineFormAndALateReportWithPartsMissing() {
        listSite(true);

        WebsiteFinding w = crawl(DEPT, DEPT_HOST).website();

        // the homepage's headlines carry no date: the article page's 发布时间 is the item's date
        assertThat(w.latestUpdate().get().date()).isEqualTo(LocalDate.of(2009, 4, 9));
        assertThat(w.latestUpdate().get().url()).isEqualTo("http://" + DEPT_HOST + "/gzdt/content_1.html");
        assertThat(w.applyOnline().found()).isTrue();
        assertThat(w.applyOnline().url()).isEqualTo("http://" + DEPT_HOST + "/zwgk/sq/");
        assertThat(w.annualReport().year()).isEqualTo(2008);
        assertThat(w.annualReport().publishedOn()).contains(LocalDate.of(2009, 4, 8));
        assertThat(w.annualReport().parts()).containsExactlyInAnyOrder(ReportPart.proactive, ReportPart.onRequest,
                ReportPart.appeals);
    }

    @Test
    void withoutTheNewReportTheNewestFoundIsLastYearsAndALeaderMailboxIsNoChannel() {
        listSite(false);
        web.html("http://" + DEPT_HOST + "/zwgk/sq/", """
                <html><head><meta charset="utf-8"><title>依申请公开</title></head><body>
                <p>公民、法人和其他组织可以依法向本厅申请获取政府信息。</p>
                <p><a href="/ldxx/">厅长信箱</a></p></body></html>""", StandardCharsets.UTF_8, true);

        WebsiteFinding w = crawl(DEPT, DEPT_HOST).website();

        assertThat(w.applyOnline().found()).isFalse();
        assertThat(w.applyOnline().url()).isNull();
        assertThat(w.annualReport().found()).isTrue();
        assertThat(w.annualReport().year()).isEqualTo(2007);
        assertThat(w.annualReport().publishedOn()).contains(LocalDate.of(2008, 3, 20));
        assertThat(w.broken()).extracting(WebsiteFinding.BrokenLink::url)
                .contains("http://" + DEPT_HOST + "/zwgk/nb/2008.pdf");
    }

    static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
