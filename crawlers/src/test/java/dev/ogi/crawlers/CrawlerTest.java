package dev.ogi.crawlers;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.ogi.crawlers.TestWeb.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crawler against a real HTTP server on loopback, reached as a proxy so that the sites keep
 * their real-looking host names. One behaviour per test, with the exact finding asserted.
 */
class CrawlerTest extends LoopbackSiteTest {

    static final String HOME = "http://" + HOST + "/";
    static final Set<GuideElement> ALL_ELEMENTS = EnumSet.allOf(GuideElement.class);
    static final Set<CatalogueField> ALL_FIELDS = EnumSet.allOf(CatalogueField.class);

    CrawlerSettings settings() {
        return loopbackSettings().withParallelSites(4);
    }

    SiteResult crawl(String homepage) {
        return crawl(settings(), UNIT, homepage);
    }

    SiteResult crawl(CrawlerSettings settings, String unit, String homepage) {
        crawler = new Crawler(settings);
        return crawler.crawlSite(new SiteTarget("510100", unit, "市州", homepage));
    }

    // ---- site builders -------------------------------------------------------------------

    static String ogiLink(String url) {
        return "<a href=\"" + url + "\" target=\"_blank\"><b>政府信息公开</b></a>";
    }

    static String guideLink(String url) {
        return "<a href=\"" + url + "\">政府信息公开指南</a>";
    }

    static String home(String ogiLinkHtml) {
        return fixture("home.html", "UNIT", UNIT, "OGI_LINK", ogiLinkHtml);
    }

    static String ogiIndex(String guideLinkHtml, String catalogueUrl) {
        return fixture("ogi-index.html", "UNIT", UNIT, "GUIDE_LINK", guideLinkHtml, "CATALOGUE_URL", catalogueUrl);
    }

    static String guide(String unit) {
        return fixture("guide.html", "UNIT", unit, "CITY", "成都市", "DOMAIN", "chengdu.gov.cn");
    }

    /** Home -> /xxgk/index.htm -> guide at /xxgk/gkzn/index.htm and a one-page catalogue. */
    void standardSite(String host) {
        String base = "http://" + host;
        web.html(base + "/", home(ogiLink("/xxgk/index.htm")))
                .html(base + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html(base + "/xxgk/gkzn/index.htm", guide(UNIT));
        cataloguePages(base + "/xxgk/gkml/", 5, 15);
    }

    /** The standard site with the page at {@code path} replaced, crawled from its homepage. */
    SiteResult crawlStandardSiteWith(String path, String page) {
        standardSite(HOST);
        web.html("http://" + HOST + path, page);
        return crawl(HOME);
    }

    /** A TRS-style paged catalogue: index.htm, index_1.htm ... with 下一页 links and 共N页. */
    void cataloguePages(String dir, int total, int perPage) {
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        for (int k = 0; k < pages; k++) {
            StringBuilder rows = new StringBuilder();
            for (int i = k * perPage; i < Math.min(total, (k + 1) * perPage); i++) {
                rows.append(String.format("<tr bgcolor=\"#FFFFFF\"><td>000014349/2007-%05d</td><td><a href=\"t%d.htm\">关于印发%s工作要点的通知（%d）</a></td>"
                        + "<td>印发年度工作要点</td><td>%s</td><td>2007-10-%02d</td></tr>%n", i + 1, i, UNIT, i, UNIT, i % 28 + 1));
            }
            String pager = "共" + total + "条记录 共" + pages + "页 当前第" + (k + 1) + "页 <a href=\"index.htm\">首页</a> "
                    + (k > 0 ? "<a href=\"" + pageName(k - 1) + "\">上一页</a> " : "上一页 ")
                    + (k < pages - 1 ? "<a href=\"" + pageName(k + 1) + "\">下一页</a> " : "下一页 ")
                    + "<a href=\"" + pageName(pages - 1) + "\">尾页</a>";
            web.html(dir + pageName(k), fixture("catalogue-page.html", "UNIT", UNIT, "ROWS", rows.toString(), "PAGER", pager));
        }
    }

    static String pageName(int k) {
        return k == 0 ? "index.htm" : "index_" + k + ".htm";
    }

    // ---- finding the pages -------------------------------------------------------------------

    @Test
    void compliantSiteYieldsGuideWithAllElementsAndCountedCatalogue() {
        standardSite(HOST);

        SiteResult r = crawl(HOME);

        assertThat(r.reachable()).isTrue();
        assertThat(r.error()).isNull();
        assertThat(r.ogiColumnOnHomepage()).isTrue();
        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
        assertThat(r.guide().elements()).isEqualTo(ALL_ELEMENTS);
        assertThat(r.catalogue().found()).isTrue();
        assertThat(r.catalogue().entries()).isEqualTo(5);
        assertThat(r.catalogue().fields()).isEqualTo(ALL_FIELDS);
    }

    @Test
    void guideEvidenceNamesUrlStatusHashTitleExcerptAndReason() {
        standardSite(HOST);

        var e = crawl(HOME).guide().evidence().orElseThrow();

        assertThat(e.url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.fetchedAt()).isNotNull();
        assertThat(e.contentHash()).matches("[0-9a-f]{64}");
        assertThat(e.title()).isEqualTo("成都市人民政府政府信息公开指南");
        assertThat(e.excerpt()).contains("指南").hasSizeLessThanOrEqualTo(210);
        assertThat(e.reason()).isEqualTo("判定为公开指南：含9项要素中的9项（要素齐全）");
    }

    @Test
    void guideBehindFramesetIsFound() {
        web.html(HOME, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>" + UNIT
                        + "</title></head><frameset rows=\"0,*\"><frame src=\"top.htm\" name=\"topFrame\"><frame src=\"main.htm\" name=\"mainFrame\">"
                        + "</frameset><noframes><body>您的浏览器不支持框架</body></noframes></html>")
                .html("http://" + HOST + "/top.htm", "<html><body><img src=\"/images/top.jpg\"></body></html>")
                .html("http://" + HOST + "/main.htm", home(ogiLink("/xxgk/index.htm")))
                .html("http://" + HOST + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html("http://" + HOST + "/xxgk/gkzn/index.htm", guide(UNIT));

        SiteResult r = crawl(HOME);

        assertThat(r.ogiColumnOnHomepage()).isTrue();
        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
    }

    @Test
    void metaRefreshHomepageIsFollowed() {
        standardSite(HOST);
        web.html(HOME, "<html><head><meta http-equiv=\"refresh\" content=\"0; url=/web/index.htm\"></head><body></body></html>")
                .html("http://" + HOST + "/web/index.htm", home(ogiLink("/xxgk/index.htm")));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.ogiColumnOnHomepage()).isTrue();
    }

    @Test
    void javascriptRedirectHomepageIsFollowed() {
        standardSite(HOST);
        web.html(HOME, "<html><head><script language=\"javascript\">\nlocation.replace('/portal/index.shtml');\n</script></head>"
                        + "<body>正在进入网站，请稍候……</body></html>")
                .html("http://" + HOST + "/portal/index.shtml", home(ogiLink("/xxgk/index.htm")));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(web.pathsRequested(HOST)).contains("/portal/index.shtml");
    }

    @Test
    void topLocationHrefRedirectIsFollowed() {
        standardSite(HOST);
        web.html(HOME, "<html><head><script>top.location.href = \"/portal/index.shtml\";</script></head><body></body></html>")
                .html("http://" + HOST + "/portal/index.shtml", home(ogiLink("/xxgk/index.htm")));

        assertThat(crawl(HOME).guide().found()).isTrue();
    }

    @Test
    void httpRedirectToAnotherDomainMovesTheSite() {
        web.at(HOME, TestWeb.redirect(301, "http://www.cd.gov.cn/index.asp"));
        standardSite("www.cd.gov.cn");
        web.html("http://www.cd.gov.cn/index.asp", home(ogiLink("/xxgk/index.htm")));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.cd.gov.cn/xxgk/gkzn/index.htm");
    }

    @Test
    void imageLinkWithOnlyAltIsFollowed() {
        standardSite(HOST);
        web.html(HOME, home("<a href=\"/xxgk/index.htm\"><img src=\"/images/xxgk.gif\" alt=\"政府信息公开\" border=\"0\"></a>"));

        SiteResult r = crawl(HOME);

        assertThat(r.ogiColumnOnHomepage()).isTrue();
        assertThat(r.guide().found()).isTrue();
    }

    @Test
    void onclickWindowOpenLinkIsFollowed() {
        standardSite(HOST);
        web.html(HOME, home("<a href=\"#\" onclick=\"window.open('/xxgk/index.htm','xxgk','toolbar=no')\">"
                + "<img src=\"/images/xxgk.gif\" border=\"0\"> 政府信息公开专栏</a>"));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
    }

    @Test
    void javascriptWindowOpenHrefIsFollowed() {
        standardSite(HOST);
        web.html(HOME, home("<a href=\"javascript:window.open('/xxgk/index.htm')\">政府信息公开</a>"));

        assertThat(crawl(HOME).guide().found()).isTrue();
    }

    @Test
    void imageMapAreaIsFollowed() {
        standardSite(HOST);
        web.html(HOME, home("<img src=\"/images/map.gif\" usemap=\"#m\"><map name=\"m\"><area shape=\"rect\" coords=\"0,0,10,10\" "
                + "href=\"/xxgk/index.htm\" alt=\"政府信息公开\"></map>"));

        assertThat(crawl(HOME).guide().found()).isTrue();
    }

    @Test
    void ogiSectionOnSubdomainIsFound() {
        web.html(HOME, home(ogiLink("http://xxgk.chengdu.gov.cn/")))
                .html("http://xxgk.chengdu.gov.cn/", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html("http://xxgk.chengdu.gov.cn/gkzn/index.htm", guide(UNIT));
        cataloguePages("http://xxgk.chengdu.gov.cn/gkml/", 7, 15);

        SiteResult r = crawl(HOME);

        assertThat(r.guide().url()).isEqualTo("http://xxgk.chengdu.gov.cn/gkzn/index.htm");
        assertThat(r.catalogue().entries()).isEqualTo(7);
    }

    @Test
    void ogiSectionOnConfiguredPlatformHostIsFound() {
        web.html(HOME, home(ogiLink("http://xxgk.sc.gov.cn/cds/index.htm")))
                .html("http://xxgk.sc.gov.cn/cds/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html("http://xxgk.sc.gov.cn/cds/gkzn/index.htm", guide(UNIT));

        SiteResult withPlatform = crawl(settings().withOgiPlatformHosts(Set.of("xxgk.sc.gov.cn")), UNIT, HOME);
        crawler.close();
        SiteResult withoutPlatform = crawl(settings(), UNIT, HOME);

        assertThat(withPlatform.guide().found()).isTrue();
        assertThat(withPlatform.guide().url()).isEqualTo("http://xxgk.sc.gov.cn/cds/gkzn/index.htm");
        assertThat(withoutPlatform.guide().found()).isFalse();
    }

    @Test
    void ogiSectionOnASiblingHostOfTheSameGovernmentDomainIsFound() {
        // Real structure: the homepage lives on xxgk.X.gov.cn, the OGI column on www.X.gov.cn.
        web.html("http://xxgk.cd.gov.cn/", home(ogiLink("http://www.cd.gov.cn/xxgk/index.htm")))
                .html("http://www.cd.gov.cn/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html("http://www.cd.gov.cn/xxgk/gkzn/index.htm", guide(UNIT));

        SiteResult r = crawl(settings(), UNIT, "http://xxgk.cd.gov.cn/");

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.cd.gov.cn/xxgk/gkzn/index.htm");
    }

    @Test
    void registeredOgiEntryOnACityPlatformIsCrawledAndOwnsOnlyItsFolder() {
        // Real structure: a department's homepage has no OGI link; the registry names its section of
        // the city-wide platform. The guide there does not repeat the unit's name (its folder shows
        // whose it is); a sibling department's folder is not this unit's.
        web.html(HOME, home("<a href=\"/news/\">新闻</a>"))
                .html("http://zwgk.city.gov.cn/jyj/index.htm",
                        ogiIndex(guideLink("gkzn/index.htm") + guideLink("/mzj/gkzn/index.htm"), "gkml/index.htm"))
                .html("http://zwgk.city.gov.cn/jyj/gkzn/index.htm", guide("本局"))
                .html("http://zwgk.city.gov.cn/mzj/gkzn/index.htm", guide("成都市民政局"));
        crawler = new Crawler(settings());

        SiteResult r = crawler.crawlSite(new SiteTarget("510100", UNIT, "市州", HOME,
                Optional.of("http://zwgk.city.gov.cn/jyj/index.htm")));

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://zwgk.city.gov.cn/jyj/gkzn/index.htm");
        assertThat(web.requestsTo("zwgk.city.gov.cn")).isNotEmpty();
    }

    @Test
    void aCitysGuideOnItsOwnHostIsNotTheGuideOfADistrictThatLinksToIt() {
        String home = "http://www.jingyang.deyang.gov.cn/";
        web.html(home, home(ogiLink("http://www.deyang.gov.cn/zwgk/index.htm")))
                .html("http://www.deyang.gov.cn/zwgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"))
                .html("http://www.deyang.gov.cn/zwgk/gkzn/index.htm", guide("德阳市人民政府"));

        SiteResult district = crawl(settings(), "德阳市旌阳区人民政府", home);

        assertThat(district.guide().found()).isFalse();
    }

    @Test
    void newsListIsExploredAfterTheRealCandidates() {
        standardSite(HOST);
        web.html(HOME, fixture("home.html", "UNIT", UNIT, "OGI_LINK", ogiLink("/xxgk/index.htm"),
                "NEWS", "<tr><td>·<a href=\"/art/2007/9/21/art_gkzn.html\">我市召开政府信息公开指南和公开目录编制工作培训会</a></td><td>2007-09-21</td></tr>"))
                .html("http://" + HOST + "/art/2007/9/21/art_gkzn.html", fixture("news-about-guide.html", "UNIT", UNIT));

        SiteResult r = crawl(HOME);

        List<String> paths = web.pathsRequested(HOST);
        assertThat(r.guide().found()).isTrue();
        int news = paths.indexOf("/art/2007/9/21/art_gkzn.html");
        assertThat(paths.indexOf("/xxgk/gkzn/index.htm")).isLessThan(news < 0 ? Integer.MAX_VALUE : news);
    }

    // ---- charsets ------------------------------------------------------------------------

    @Test
    void gbkPageWithoutAnyDeclarationIsDecoded() {
        String undeclared = guide(UNIT).replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "");
        standardSite(HOST);
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", undeclared, TestWeb.GBK, false);

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().elements()).isEqualTo(ALL_ELEMENTS);
        assertThat(r.guide().evidence().orElseThrow().title()).isEqualTo("成都市人民政府政府信息公开指南");
    }

    @Test
    void gb2312FixtureFileWithoutDeclarationIsDecoded() throws IOException {
        byte[] gb2312;
        try (var in = getClass().getResourceAsStream("fixtures/guide-gb2312-undeclared.html")) {
            gb2312 = in.readAllBytes();
        }
        standardSite(HOST);
        web.at("http://" + HOST + "/xxgk/gkzn/index.htm", TestWeb.bytes("text/html", gb2312));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().evidence().orElseThrow().title()).isEqualTo("成都市人民政府信息公开指南");
    }

    @Test
    void charsetOnlyInMetaIsDecoded() {
        standardSite(HOST); // every fixture is GBK with the charset only in its <meta>

        SiteResult r = crawl(HOME);

        assertThat(r.guide().evidence().orElseThrow().title()).isEqualTo("成都市人民政府政府信息公开指南");
    }

    @Test
    void charsetInHeaderIsDecoded() {
        standardSite(HOST);
        String noMeta = guide(UNIT).replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "");
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", noMeta, java.nio.charset.Charset.forName("GB18030"), true);

        assertThat(crawl(HOME).guide().elements()).isEqualTo(ALL_ELEMENTS);
    }

    @Test
    void utf8PageMislabelledAsGb2312StillDecodes() {
        standardSite(HOST);
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", guide(UNIT), StandardCharsets.UTF_8, false);

        // The meta says gb2312 but the bytes are UTF-8: decoding as declared would garble, so the
        // page is judged on what it says under the declared charset -- and still must not crash.
        SiteResult r = crawl(HOME);

        assertThat(r.reachable()).isTrue();
    }

    @Test
    void gzipPageIsDecompressed() {
        standardSite(HOST);
        web.at("http://" + HOST + "/xxgk/gkzn/index.htm", TestWeb.gzip("text/html", guide(UNIT).getBytes(TestWeb.GBK)));

        assertThat(crawl(HOME).guide().elements()).isEqualTo(ALL_ELEMENTS);
    }

    // ---- attachments ----------------------------------------------------------------------

    void guidePageWithAttachment(String fileName) {
        standardSite(HOST);
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>政府信息公开指南_" + UNIT + "</title></head><body><p>根据《中华人民共和国政府信息公开条例》的规定，我们编制了《" + UNIT
                + "政府信息公开指南》，现予公示。</p><p>附件：<a href=\"" + fileName + "\"><img src=\"/images/doc.gif\" border=\"0\">" + UNIT
                + "政府信息公开指南</a></p></body></html>");
    }

    static List<String> guideParagraphs() {
        String text = guide(UNIT).replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]+>", "\n");
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    @Test
    void guideAsDocxAttachmentIsJudgedOnItsText() throws IOException {
        guidePageWithAttachment("P020071030.docx");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : guideParagraphs()) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        web.at("http://" + HOST + "/xxgk/gkzn/P020071030.docx",
                TestWeb.bytes("application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray()));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/P020071030.docx");
        assertThat(r.guide().elements()).isEqualTo(ALL_ELEMENTS);
        assertThat(r.guide().evidence().orElseThrow().reason()).startsWith("判定为公开指南（附件）");
    }

    @Test
    void guideAsPdfAttachmentIsJudgedOnItsText() {
        guidePageWithAttachment("P020071030.pdf");
        // A PDF with real Chinese text (Type0 font with a ToUnicode map), no font file needed.
        web.at("http://" + HOST + "/xxgk/gkzn/P020071030.pdf",
                TestWeb.bytes("application/octet-stream", dev.ogi.crawlers.sim.Attachments.pdf(guideParagraphs())));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().url()).endsWith(".pdf");
        assertThat(r.guide().elements()).isEqualTo(ALL_ELEMENTS);
    }

    @Test
    void guideAsPdfMadeWithPdfBoxIsRead() throws IOException {
        // PDFBox's standard fonts carry no Chinese glyphs; the judge still reads the text layer.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(50, 700);
                cs.showText("Guide to Open Government Information - E-mail: xxgk@chengdu.gov.cn");
                cs.endText();
            }
            doc.save(out);
        }
        assertThat(dev.ogi.crawlers.judge.AttachmentText.extract(out.toByteArray()).orElseThrow())
                .contains("xxgk@chengdu.gov.cn");
    }

    // ---- catalogues -------------------------------------------------------------------------

    @Test
    void catalogueTableOverThreePagesIsCountedExactly() {
        standardSite(HOST);
        cataloguePages("http://" + HOST + "/xxgk/gkml/", 37, 15);

        SiteResult r = crawl(HOME);

        assertThat(r.catalogue().found()).isTrue();
        assertThat(r.catalogue().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkml/index.htm");
        assertThat(r.catalogue().entries()).isEqualTo(37);
        assertThat(r.catalogue().fields()).isEqualTo(ALL_FIELDS);
        assertThat(web.pathsRequested(HOST)).contains("/xxgk/gkml/index_1.htm", "/xxgk/gkml/index_2.htm");
        assertThat(r.catalogue().evidence().orElseThrow().reason()).contains("共3页37条");
    }

    @Test
    void trsScriptPagerIsFollowed() {
        standardSite(HOST);
        cataloguePages("http://" + HOST + "/xxgk/gkml/", 40, 15);
        // Replace the anchors with the TRS script pager real sites used.
        for (int k = 0; k < 3; k++) {
            String url = "http://" + HOST + "/xxgk/gkml/" + pageName(k);
            StringBuilder rows = new StringBuilder();
            for (int i = k * 15; i < Math.min(40, (k + 1) * 15); i++) {
                rows.append("<tr><td>000014349/2007-0000").append(i).append("</td><td>信息").append(i)
                        .append("</td><td>概述</td><td>").append(UNIT).append("</td><td>2007-10-01</td></tr>");
            }
            web.html(url, fixture("catalogue-page.html", "UNIT", UNIT, "ROWS", rows.toString(),
                    "PAGER", "<script language=\"JavaScript\">createPageHTML(3, " + k + ", \"index\", \"htm\");</script>"));
        }

        assertThat(crawl(HOME).catalogue().entries()).isEqualTo(40);
    }

    @Test
    void numberedPagerWithScriptOnlyNextIsFollowed() {
        standardSite(HOST);
        for (int k = 0; k < 3; k++) {
            StringBuilder rows = new StringBuilder();
            for (int i = k * 10; i < Math.min(25, (k + 1) * 10); i++) {
                rows.append("<tr><td>000014349/2007-000").append(10 + i).append("</td><td>信息").append(i)
                        .append("</td><td>概述</td><td>").append(UNIT).append("</td><td>2007-10-01</td></tr>");
            }
            String pager = "共25条 共3页 <a href=\"list.asp?page=1\">1</a> <a href=\"list.asp?page=2\">2</a> "
                    + "<a href=\"list.asp?page=3\">3</a> <a href=\"javascript:goPage(" + (k + 2) + ")\">下一页</a>";
            web.html("http://" + HOST + "/xxgk/gkml/list.asp?page=" + (k + 1),
                    fixture("catalogue-page.html", "UNIT", UNIT, "ROWS", rows.toString(), "PAGER", pager));
        }
        web.html("http://" + HOST + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/list.asp?page=1"));

        SiteResult r = crawl(HOME);

        assertThat(r.catalogue().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkml/list.asp?page=1");
        assertThat(r.catalogue().entries()).isEqualTo(25);
    }

    @Test
    void categoryTreeCatalogueIsFoundWithoutACount() {
        SiteResult r = crawlStandardSiteWith("/xxgk/gkml/index.htm", fixture("tree.html", "UNIT", UNIT));

        assertThat(r.catalogue().found()).isTrue();
        assertThat(r.catalogue().entries()).isNull();
        assertThat(r.catalogue().fields()).isEmpty();
    }

    @Test
    void categoryTreeWithItemTablesIsReportedAtItsRootWithTheCategoriesEntriesAddedUp() {
        // Real structure: the catalogue's entry page is a category tree; each category opens a table.
        standardSite(HOST);
        String dir = "http://" + HOST + "/xxgk/gkml/";
        web.html(dir + "index.htm", fixture("tree.html", "UNIT", UNIT));
        web.html(dir + "cat0.htm", categoryTable(0, 3)).html(dir + "cat1.htm", categoryTable(10, 4));

        SiteResult r = crawl(HOME);

        assertThat(r.catalogue().found()).isTrue();
        assertThat(r.catalogue().url()).isEqualTo(dir + "index.htm");
        assertThat(r.catalogue().entries()).isEqualTo(7);
        assertThat(r.catalogue().evidence().orElseThrow().reason()).contains("目录根页面").contains("2个分类").contains("共7条");
    }

    static String categoryTable(int first, int rows) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i < first + rows; i++) {
            b.append(String.format("<tr><td>000014349/2007-%05d</td><td><a href=\"t%d.htm\">关于%s事项的通知（%d）</a></td>"
                    + "<td>事项概述</td><td>%s</td><td>2007-10-01</td></tr>%n", i + 1, i, UNIT, i, UNIT));
        }
        return fixture("catalogue-page.html", "UNIT", UNIT, "ROWS", b.toString(), "PAGER", "");
    }

    @Test
    void catalogueWithoutSummaryColumnReportsThreeFields() {
        standardSite(HOST);
        String page = fixture("catalogue-page.html", "UNIT", UNIT, "ROWS",
                "<tr><td>000014349/2007-00001</td><td>某通知</td><td>" + UNIT + "</td><td>2007-10-01</td></tr>")
                .replace("<td>内容概述</td>", "");
        web.html("http://" + HOST + "/xxgk/gkml/index.htm", page);

        SiteResult r = crawl(HOME);

        assertThat(r.catalogue().entries()).isEqualTo(1);
        assertThat(r.catalogue().fields()).containsExactlyInAnyOrder(CatalogueField.index, CatalogueField.name, CatalogueField.date);
    }

    // ---- traps ------------------------------------------------------------------------------

    @Test
    void newsHeadlineAboutTheGuideIsNotTheGuide() {
        web.html(HOME, fixture("home.html", "UNIT", UNIT, "OGI_LINK", "",
                        "NEWS", "<tr><td>·<a href=\"/art/2007/9/21/art_gkzn.html\">我市召开政府信息公开指南和公开目录编制工作培训会</a></td><td>2007-09-21</td></tr>"))
                .html("http://" + HOST + "/art/2007/9/21/art_gkzn.html", fixture("news-about-guide.html", "UNIT", UNIT));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().underConstruction()).isFalse();
        assertThat(r.guide().evidence().orElseThrow().reason()).contains("新闻报道");
        assertThat(r.catalogue().found()).isFalse();
    }

    @Test
    void underConstructionPlaceholderIsNotPublished() {
        SiteResult r = crawlStandardSiteWith("/xxgk/gkzn/index.htm", fixture("placeholder.html", "UNIT", UNIT));

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().underConstruction()).isTrue();
        assertThat(r.guide().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
        assertThat(r.guide().elements()).isEmpty();
        assertThat(r.catalogue().found()).isTrue();
    }

    @Test
    void deadGuideLinkIsNotAGuide() {
        standardSite(HOST);
        web.at("http://" + HOST + "/xxgk/gkzn/index.htm", TestWeb.status(404));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().underConstruction()).isFalse();
        var e = r.guide().evidence().orElseThrow();
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.reason()).contains("404");
        assertThat(r.error()).isNull();
    }

    @Test
    void softNotFoundSiteDoesNotYieldAGuide() {
        standardSite(HOST);
        web.remove("http://" + HOST + "/xxgk/gkzn/index.htm");
        web.fallback(HOST, TestWeb.bytes("text/html", fixture("soft-not-found.html", "UNIT", UNIT).getBytes(TestWeb.GBK)));
        // The guide link points to a page that does not exist; the site answers 200 with its
        // "content being updated" page, which must not pass for a placeholder or a guide.
        web.html("http://" + HOST + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/gkzn.htm"), "gkml/index.htm"));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().underConstruction()).isFalse();
        assertThat(web.pathsRequested(HOST)).anyMatch(p -> p.startsWith("/ogi-probe-"));
    }

    @Test
    void countyLinkingToTheProvincesGuideHasNoGuide() {
        String county = "www.pixian.gov.cn";
        web.html("http://" + county + "/", home(ogiLink("/xxgk/index.htm")))
                .html("http://" + county + "/xxgk/index.htm", ogiIndex(guideLink("http://xxgk.sc.gov.cn/gkzn/index.htm"), "gkml/index.htm"))
                .html("http://xxgk.sc.gov.cn/gkzn/index.htm", fixture("province-guide.html"));

        SiteResult r = crawl(settings().withOgiPlatformHosts(Set.of("xxgk.sc.gov.cn")), "郫县人民政府", "http://" + county + "/");

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().evidence().orElseThrow().reason())
                .isEqualTo("不计为本单位指南：该指南属于“四川省人民政府”，未提及本单位“郫县人民政府”");
    }

    @Test
    void guideOfAnotherUnitOnTheUnitsOwnHostIsNotItsGuide() {
        SiteResult r = crawlStandardSiteWith("/xxgk/gkzn/index.htm", fixture("province-guide.html"));

        assertThat(r.guide().found()).isFalse();
        assertThat(r.guide().evidence().orElseThrow().reason()).contains("四川省人民政府");
    }

    @Test
    void guideHeadedOnlyInBoldTableTextIsRecognised() {
        standardSite(HOST);
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>" + UNIT + "门户网站</title></head><body><table><tr><td align=\"center\"><font size=\"4\"><strong>" + UNIT
                + "政府信息公开指南</strong></font></td></tr><tr><td>发布日期：2007-10-30</td></tr><tr><td>"
                + "<p>一、主动公开：通过政府网站公开。</p><p>二、依申请公开：受理机构：" + UNIT + "办公室</p>"
                + "<p>联系电话：028-86012345</p><p>电子邮箱：xxgk@chengdu.gov.cn</p></td></tr></table></body></html>");

        SiteResult r = crawl(HOME);

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().elements()).containsExactlyInAnyOrder(GuideElement.officeName, GuideElement.phone,
                GuideElement.email);
    }

    @Test
    void betterGuideFoundDeeperWinsOverAWeakerEarlierOne() {
        standardSite(HOST);
        // A short "guide" on the column page itself, and the full guide one level deeper.
        web.html("http://" + HOST + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm")
                .replace("</body>", "<h3>" + UNIT + "政府信息公开指南</h3><p>主动公开。依申请公开：受理机构：" + UNIT
                        + "办公室，联系电话：028-86012345，电子邮箱：xxgk@chengdu.gov.cn</p></body>"));

        SiteResult r = crawl(HOME);

        assertThat(r.guide().url()).isEqualTo("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
        assertThat(r.guide().elements()).isEqualTo(ALL_ELEMENTS);
    }

    @Test
    void robotsDisallowOfTheOgiSectionIsReported() {
        SiteResult r = crawlStandardSiteUnderRobots("User-agent: *\nDisallow: /xxgk/\n");

        assertThat(r.robotsBlocked()).isTrue();
        assertThat(r.guide().found()).isFalse();
        assertThat(web.pathsRequested(HOST)).noneMatch(p -> p.startsWith("/xxgk/"));
    }

    @Test
    void robotsDisallowOfTheWholeSiteIsBlockedNotUnreachable() {
        SiteResult r = crawlStandardSiteUnderRobots("User-agent: *\nDisallow: /\n");

        assertThat(r.robotsBlocked()).isTrue();
        assertThat(r.reachable()).isTrue();
        assertThat(r.error()).isNull();
        assertThat(r.pagesFetched()).isEqualTo(1);
        assertThat(web.pathsRequested(HOST)).containsExactly("/robots.txt");
    }

    @Test
    void robotsRulesForOtherAgentsDoNotBlock() {
        SiteResult r = crawlStandardSiteUnderRobots("User-agent: Baiduspider\nDisallow: /\n\nUser-agent: *\nDisallow: /admin/\n");

        assertThat(r.robotsBlocked()).isFalse();
        assertThat(r.guide().found()).isTrue();
        assertThat(web.pathsRequested(HOST).stream().filter(p -> p.equals("/robots.txt")).count()).isEqualTo(1);
    }

    /** The standard site serving {@code rules} as its robots.txt, crawled from its homepage. */
    private SiteResult crawlStandardSiteUnderRobots(String rules) {
        standardSite(HOST);
        robotsTxt(rules);
        return crawl(HOME);
    }

    private void robotsTxt(String rules) {
        web.at("http://" + HOST + "/robots.txt", TestWeb.bytes("text/plain", rules.getBytes(StandardCharsets.US_ASCII)));
    }

    // ---- politeness -------------------------------------------------------------------------

    @Test
    void requestsToOneHostKeepThePolitenessGap() {
        standardSite(HOST);
        cataloguePages("http://" + HOST + "/xxgk/gkml/", 37, 15);

        crawl(settings().withPolitenessDelay(Duration.ofMillis(80)), UNIT, HOME);

        List<TestWeb.Seen> requests = web.requestsTo(HOST);
        assertThat(requests).hasSizeGreaterThan(5);
        for (int i = 1; i < requests.size(); i++) {
            long gapMs = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
            assertThat(gapMs).as("gap before %s", requests.get(i).path()).isGreaterThanOrEqualTo(80);
        }
        assertThat(requests).allSatisfy(s -> assertThat(s.userAgent()).isEqualTo(CrawlerSettings.DEFAULT_USER_AGENT));
    }

    @Test
    void robotsCrawlDelayLongerThanOursIsHonoured() {
        standardSite(HOST);
        robotsTxt("User-agent: *\nCrawl-delay: 0.3\n");

        crawl(settings().withPolitenessDelay(Duration.ofMillis(1)).withPageBudget(5), UNIT, HOME);

        List<TestWeb.Seen> requests = web.requestsTo(HOST);
        assertThat(requests).hasSizeGreaterThan(2);
        for (int i = 2; i < requests.size(); i++) { // from the request after robots.txt was read
            long gapMs = (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
            assertThat(gapMs).as("gap before %s", requests.get(i).path()).isGreaterThanOrEqualTo(300);
        }
    }

    @Test
    void perHostDelayOverrideAppliesOnlyToThatHost() {
        CrawlerSettings s = CrawlerSettings.defaults().withHostDelays(Map.of("WWW.Chengdu.gov.cn", Duration.ofMillis(5)));

        assertThat(s.delayFor("www.chengdu.gov.cn")).isEqualTo(Duration.ofMillis(5));
        assertThat(s.delayFor("www.sc.gov.cn")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void sitesAreCrawledInParallelAndResultsKeepInputOrder() {
        List<SiteTarget> targets = standardSites("u", "www.site", 6);
        targets.add(2, new SiteTarget("dead", UNIT, "市州", "http://www.dead.gov.cn/"));
        web.at("http://www.dead.gov.cn/", TestWeb.status(503));
        crawler = new Crawler(settings().withPolitenessDelay(Duration.ofMillis(50)));

        List<SiteResult> results = crawler.crawlAll(targets, CrawlListener.NONE);

        assertThat(results).extracting(SiteResult::code).containsExactly("u0", "u1", "dead", "u2", "u3", "u4", "u5");
        assertThat(results.get(2).reachable()).isFalse();
        assertThat(results.get(2).error()).isEqualTo("首页无法访问：HTTP 503（服务不可用） http://www.dead.gov.cn/");
        assertThat(results).filteredOn(r -> !r.code().equals("dead")).allSatisfy(r -> assertThat(r.guide().found()).isTrue());
    }

    @Test
    void theFirstSitesOfARoundStartSpreadOverOnePolitenessDelayNotAllAtOnce() {
        List<SiteTarget> targets = standardSites("s", "www.spread", 6);
        crawler = new Crawler(settings().withPolitenessDelay(Duration.ofMillis(300)).withParallelSites(6));

        List<SiteResult> results = crawler.crawlAll(targets, CrawlListener.NONE);

        assertThat(results).allSatisfy(r -> assertThat(r.guide().found()).isTrue());
        List<Long> firstRequests = targets.stream()
                .map(t -> web.requestsTo(java.net.URI.create(t.homepage()).getHost()).get(0).nanoTime()).toList();
        for (int i = 1; i < firstRequests.size(); i++) {
            // site i starts i/6 of the delay after the first: 50 ms apart at least
            assertThat((firstRequests.get(i) - firstRequests.get(i - 1)) / 1_000_000).as("site %d after site %d", i, i - 1)
                    .isGreaterThanOrEqualTo(45);
        }
    }

    /** {@code count} standard sites, codes {@code codePrefix0...}, hosts {@code hostPrefix0.gov.cn...}; a list to add to. */
    private List<SiteTarget> standardSites(String codePrefix, String hostPrefix, int count) {
        List<SiteTarget> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String host = hostPrefix + i + ".gov.cn";
            standardSite(host);
            targets.add(new SiteTarget(codePrefix + i, UNIT, "市州", "http://" + host + "/"));
        }
        return targets;
    }

    @Test
    void listenerHearsEverySiteAndPage() {
        standardSite(HOST);
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        crawler = new Crawler(settings());

        crawler.crawlAll(List.of(new SiteTarget("510100", UNIT, "市州", HOME)), new CrawlListener() {
            @Override
            public void siteStarted(SiteTarget target) {
                events.add("start " + target.code());
            }

            @Override
            public void pageFetched(SiteTarget target, String url, int status) {
                events.add(status + " " + url);
            }

            @Override
            public void siteFinished(SiteResult result) {
                events.add("finish " + result.code() + " " + result.pagesFetched());
            }
        });

        assertThat(events.get(0)).isEqualTo("start 510100");
        assertThat(events).contains("200 http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
        int pages = events.size() - 2;
        assertThat(events.get(events.size() - 1)).isEqualTo("finish 510100 " + pages);
    }

    // ---- bad input and failures ---------------------------------------------------------------

    @Test
    void slowServerTimesOutWithAClearError() {
        web.at(HOME, TestWeb.status(200).withDelay(1500));

        SiteResult r = crawl(settings().withReadTimeout(Duration.ofMillis(300)), UNIT, HOME);

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isEqualTo("首页无法访问：读取超时（0.3秒） http://www.chengdu.gov.cn/");
    }

    @Test
    void wholeSiteTimeoutStopsTheCrawlAndSaysSo() {
        standardSite(HOST);
        web.html("http://" + HOST + "/xxgk/index.htm", ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"));
        web.at("http://" + HOST + "/xxgk/gkzn/index.htm", TestWeb.bytes("text/html", guide(UNIT).getBytes(TestWeb.GBK)).withDelay(1500));

        SiteResult r = crawl(settings().withSiteTimeout(Duration.ofMillis(700)), UNIT, HOME);

        assertThat(r.reachable()).isTrue();
        assertThat(r.guide().found()).isFalse();
        assertThat(r.error()).startsWith("站点检查超时（0.7秒）");
    }

    @Test
    void unknownHostIsUnreachableWithAnError() {
        // Direct connection (no proxy): the crawler resolves the name itself and fails.
        SiteResult r = crawl(settings().withProxy(java.util.Optional.empty()), UNIT, "http://www.no-such-county.invalid/");

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).startsWith("首页无法访问：域名无法解析");
    }

    @Test
    void connectionRefusedIsUnreachableWithAnError() throws IOException {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SiteResult r = crawl(settings().withProxy(java.util.Optional.empty()), UNIT, "http://127.0.0.1:" + closedPort + "/");

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isEqualTo("首页无法访问：连接被拒绝 http://127.0.0.1:" + closedPort + "/");
    }

    @Test
    void redirectLoopIsReported() {
        web.at(HOME, TestWeb.redirect(302, "/a.htm"));
        web.at("http://" + HOST + "/a.htm", TestWeb.redirect(302, "/b.htm"));
        web.at("http://" + HOST + "/b.htm", TestWeb.redirect(302, "/a.htm"));

        SiteResult r = crawl(HOME);

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isEqualTo("首页无法访问：重定向循环：http://www.chengdu.gov.cn/ → http://www.chengdu.gov.cn/a.htm"
                + " → http://www.chengdu.gov.cn/b.htm → http://www.chengdu.gov.cn/a.htm");
    }

    @Test
    void tooManyRedirectsAreReported() {
        for (int i = 0; i < 10; i++) {
            web.at("http://" + HOST + "/r" + i, TestWeb.redirect(301, "/r" + (i + 1)));
        }
        web.at(HOME, TestWeb.redirect(301, "/r0"));

        SiteResult r = crawl(settings().withMaxRedirects(3), UNIT, HOME);

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).isEqualTo("首页无法访问：重定向次数超过3次 http://www.chengdu.gov.cn/");
    }

    @Test
    void oversizedGuidePageIsRefusedWithAnError() {
        standardSite(HOST);
        String huge = guide(UNIT).replace("</body>", "<p>" + "政".repeat(300_000) + "</p></body>");
        web.html("http://" + HOST + "/xxgk/gkzn/index.htm", huge);

        SiteResult r = crawl(settings().withMaxBodyBytes(200_000), UNIT, HOME);

        assertThat(r.guide().found()).isFalse();
        assertThat(r.catalogue().found()).isTrue();
        assertThat(r.error()).contains("页面超过大小上限（195 KB）").contains("http://www.chengdu.gov.cn/xxgk/gkzn/index.htm");
    }

    @Test
    void gzipBombIsCappedWithAnError() {
        web.at(HOME, TestWeb.gzip("text/html", new byte[50 * 1024 * 1024]));

        SiteResult r = crawl(settings().withMaxDecompressedBytes(2 * 1024 * 1024), UNIT, HOME);

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).startsWith("首页无法访问：解压后内容超过上限（2 MB），疑似压缩炸弹");
    }

    @Test
    void binaryServedAsHtmlIsRefusedCleanly() {
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        binary[10] = 0;
        web.at(HOME, TestWeb.bytes("text/html", binary));

        SiteResult r = crawl(HOME);

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).startsWith("首页无法访问：内容为二进制数据而非网页");
    }

    @Test
    void malformedHtmlIsStillJudged() {
        SiteResult r = crawlStandardSiteWith("/xxgk/gkzn/index.htm", fixture("malformed.html", "UNIT", UNIT, "CITY", "成都市"));

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().elements()).contains(GuideElement.officeName, GuideElement.address, GuideElement.hours,
                GuideElement.phone, GuideElement.fax, GuideElement.email);
    }

    @Test
    void nonHttpSchemeLinksAreIgnored() {
        standardSite(HOST);
        web.html(HOME, home("<a href=\"ftp://" + HOST + "/xxgk/\">政府信息公开</a> <a href=\"mailto:xxgk@chengdu.gov.cn\">政府信息公开</a>"
                + " <a href=\"file:///etc/passwd\">政府信息公开</a> <a href=\"javascript:void(0)\">政府信息公开</a>"));

        SiteResult r = crawl(HOME);

        assertThat(r.reachable()).isTrue();
        assertThat(r.error()).isNull();
        assertThat(r.guide().found()).isFalse();
        assertThat(r.ogiColumnOnHomepage()).isFalse();
    }

    @Test
    void loopbackIsRefusedByDefault() {
        web.html(web.direct("/"), home(ogiLink("/xxgk/index.htm")));

        crawler = new Crawler(CrawlerSettings.defaults().withPolitenessDelay(Duration.ofMillis(1)));
        SiteResult r = crawler.crawlSite(new SiteTarget("510100", UNIT, "市州", web.direct("/")));

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).startsWith("首页无法访问：拒绝访问内网地址：127.0.0.1 指向本机回环地址");
        assertThat(web.requestsTo("127.0.0.1")).isEmpty();
    }

    @Test
    void literalPrivateAddressIsRefusedEvenThroughTheProxy() {
        web.html(HOME, home(ogiLink("http://192.168.1.10/xxgk/index.htm")));

        SiteResult r = crawl(settings().withAllowPrivateAddresses(false), UNIT, HOME);

        assertThat(r.reachable()).isTrue();
        assertThat(web.requestsTo("192.168.1.10")).isEmpty();
    }

    @Test
    void proxyResolvesHostNamesTheCrawlerCannot() {
        assertThatThrownBy(() -> InetAddress.getByName("www.chengdu-ogi-test.gov.cn")).isInstanceOf(UnknownHostException.class);
        String host = "www.chengdu-ogi-test.gov.cn";
        standardSite(host);

        // The private-address guard stays on: with a proxy, names are the proxy's business.
        SiteResult r = crawl(settings().withAllowPrivateAddresses(false), UNIT, "http://" + host + "/");

        assertThat(r.reachable()).isTrue();
        assertThat(r.guide().found()).isTrue();
    }

    @Test
    void directConnectionWorksWhenPrivateAddressesAreAllowed() {
        web.html(web.direct("/"), home(ogiLink("/xxgk/index.htm")));
        web.html(web.direct("/xxgk/index.htm"), ogiIndex(guideLink("gkzn/index.htm"), "gkml/index.htm"));
        web.html(web.direct("/xxgk/gkzn/index.htm"), guide(UNIT));

        SiteResult r = crawl(settings().withProxy(java.util.Optional.empty()), UNIT, web.direct("/"));

        assertThat(r.guide().found()).isTrue();
    }

    @Test
    void invalidHomepageGivesAnError() {
        SiteResult r = crawl(settings(), UNIT, "ht!tp://bad url");

        assertThat(r.reachable()).isFalse();
        assertThat(r.error()).startsWith("首页地址无效");
    }

    // ---- elements ---------------------------------------------------------------------------

    @Test
    void fullWidthSpacedLabelsCountAndEmptyTemplateValuesDoNot() {
        SiteResult r = crawlStandardSiteWith("/xxgk/gkzn/index.htm", fixture("guide-empty-template.html", "UNIT", UNIT));

        assertThat(r.guide().found()).isTrue();
        assertThat(r.guide().elements()).containsExactlyInAnyOrder(
                GuideElement.classification, GuideElement.access, GuideElement.officeName);
        assertThat(r.guide().evidence().orElseThrow().reason())
                .isEqualTo("判定为公开指南：含9项要素中的3项（缺编排体系、办公地址、办公时间、联系电话、传真号码、电子邮箱）");
    }

    // ---- the check contract --------------------------------------------------------------------

    @Test
    void checkJsonFollowsTheFixedContract() throws Exception {
        standardSite(HOST);
        web.at("http://www.down.gov.cn/", TestWeb.status(500));
        crawler = new Crawler(settings());
        List<SiteResult> results = crawler.crawlAll(List.of(new SiteTarget("510100", UNIT, "市州", HOME),
                new SiteTarget("x", UNIT, "市州", "http://www.down.gov.cn/")), CrawlListener.NONE);

        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CheckResultJson.toJson(results));

        assertThat(json.isArray()).isTrue();
        var first = json.get(0);
        assertThat(iterable(first.fieldNames())).containsExactly("code", "homepage", "reachable", "error", "robotsBlocked",
                "pagesFetched", "guide", "catalogue", "website");
        assertThat(iterable(first.get("guide").fieldNames())).containsExactly("found", "url", "underConstruction", "elements");
        assertThat(iterable(first.get("catalogue").fieldNames()))
                .containsExactly("found", "url", "underConstruction", "entries", "fields");
        assertThat(first.get("code").asText()).isEqualTo("510100");
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(first.get("pagesFetched").asInt()).isPositive();
        assertThat(first.get("guide").get("elements").toString()).isEqualTo(
                "[\"classification\",\"arrangement\",\"access\",\"officeName\",\"address\",\"hours\",\"phone\",\"fax\",\"email\"]");
        assertThat(first.get("catalogue").get("entries").asInt()).isEqualTo(5);
        assertThat(first.get("catalogue").get("fields").toString()).isEqualTo("[\"index\",\"name\",\"summary\",\"date\"]");
        var second = json.get(1);
        assertThat(second.get("reachable").asBoolean()).isFalse();
        assertThat(second.get("error").asText()).startsWith("首页无法访问");
        assertThat(second.get("catalogue").get("entries").isNull()).isTrue();
        assertThat(second.get("guide").get("url").isNull()).isTrue();
    }

    static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @SuppressWarnings("unused")
    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
