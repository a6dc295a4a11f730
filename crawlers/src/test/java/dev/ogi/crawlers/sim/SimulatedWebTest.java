package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.SimResponse.CharsetStyle;
import dev.ogi.crawlers.sim.SiteScenario.GuideFormat;
import dev.ogi.crawlers.sim.SiteScenario.HomepageStyle;
import dev.ogi.crawlers.sim.SiteScenario.OgiLocation;
import dev.ogi.crawlers.sim.SiteScenario.Trap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedWebTest {

    static final LocalDate SEPT = LocalDate.of(2007, 9, 30);
    static final LocalDate OCT_20 = LocalDate.of(2007, 10, 20);
    static final LocalDate NOV = LocalDate.of(2007, 11, 5);

    static final SiteScenario CHENGDU = SiteScenario.builder("510100", "成都市人民政府", "www.chengdu.gov.cn")
            .charset(CharsetStyle.META_ONLY).ogiLocation(OgiLocation.SUBDOMAIN)
            .columnFrom(LocalDate.of(2007, 10, 8)).guideFrom(LocalDate.of(2007, 10, 25)).catalogueFrom(LocalDate.of(2007, 10, 29))
            .catalogueEntries(47).down(LocalDate.of(2007, 12, 1), LocalDate.of(2007, 12, 20)).build();
    static final SiteScenario HEADER_SITE = SiteScenario.builder("czt", "四川省财政厅", "www.sccz.gov.cn")
            .charset(CharsetStyle.HEADER).homepage(HomepageStyle.FRAMESET).guideFormat(GuideFormat.DOCX).build();
    static final SiteScenario UNDECLARED = SiteScenario.builder("jyt", "四川省教育厅", "www.scedu.gov.cn")
            .charset(CharsetStyle.UNDECLARED).guideFormat(GuideFormat.PDF).withoutGuideElements(GuideElement.fax, GuideElement.email)
            .trap(Trap.SOFT_404).build();
    static final SiteScenario BLOCKED = SiteScenario.builder("gat", "四川省公安厅", "www.scga.gov.cn")
            .trap(Trap.ROBOTS_DISALLOW_OGI).build();
    static final SiteScenario ON_PLATFORM = SiteScenario.builder("slt", "四川省水利厅", "www.scsl.gov.cn")
            .ogiLocation(OgiLocation.PLATFORM).build();

    static SimulatedWeb web;
    static HttpClient client;

    @BeforeAll
    static void start() {
        web = SimulatedWeb.start(NOV).sites(List.of(CHENGDU, HEADER_SITE, UNDECLARED, BLOCKED, ON_PLATFORM));
        client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", web.port())))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @BeforeEach
    void november() {
        web.setDate(NOV);
    }

    static HttpResponse<byte[]> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String gb(HttpResponse<byte[]> response) {
        return new String(response.body(), SimResponse.GB2312);
    }

    static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", web.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            return new String(head, StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void proxiedRequestWithAbsoluteUriReachesTheVirtualHost() throws Exception {
        HttpResponse<byte[]> home = get("http://www.chengdu.gov.cn/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(gb(home)).contains("<title>成都市人民政府</title>").contains("http://xxgk.chengdu.gov.cn/");
        assertThat(web.requestsTo("www.chengdu.gov.cn")).extracting(SimulatedWeb.RequestRecord::path).contains("/");
    }

    @Test
    void directRequestIsRoutedByItsHostHeader() throws Exception {
        assertThat(raw("GET / HTTP/1.1\r\nHost: www.chengdu.gov.cn\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 200");
    }

    @Test
    void unknownHostGetsTheProxysBadGateway() throws Exception {
        HttpResponse<byte[]> response = get("http://www.nowhere.gov.cn/");

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("The requested URL could not be retrieved");
    }

    @Test
    void connectForHttpsIsNotServed() throws Exception {
        String status = raw("CONNECT www.chengdu.gov.cn:443 HTTP/1.1\r\nHost: www.chengdu.gov.cn:443\r\n\r\n");

        assertThat(status).doesNotContain("200");
    }

    @Test
    void theSameHostChangesWithTheSimulatedDate() throws Exception {
        web.setDate(SEPT);
        assertThat(get("http://xxgk.chengdu.gov.cn/").statusCode()).isEqualTo(404);
        assertThat(gb(get("http://www.chengdu.gov.cn/"))).doesNotContain("xxgk.chengdu.gov.cn");

        web.setDate(OCT_20);
        assertThat(gb(get("http://xxgk.chengdu.gov.cn/gkzn/index.htm"))).contains("本栏目正在建设中").doesNotContain("受理机构");

        web.setDate(NOV);
        assertThat(gb(get("http://xxgk.chengdu.gov.cn/gkzn/index.htm")))
                .contains("成都市人民政府政府信息公开指南").contains("受理机构：成都市人民政府办公厅政府信息公开办公室");

        web.setDate(LocalDate.of(2007, 12, 5));
        assertThat(get("http://www.chengdu.gov.cn/").statusCode()).isEqualTo(503);

        web.setDate(LocalDate.of(2007, 12, 20));
        assertThat(get("http://www.chengdu.gov.cn/").statusCode()).isEqualTo(200);
    }

    @Test
    void metaOnlyPageIsGb2312WithTheCharsetOnlyInTheMeta() throws Exception {
        HttpResponse<byte[]> guide = get("http://xxgk.chengdu.gov.cn/gkzn/index.htm");

        assertThat(guide.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(gb(guide)).contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
        byte[] expected = "政府信息公开指南".getBytes(SimResponse.GB2312);
        assertThat(indexOf(guide.body(), expected)).isPositive();
        assertThat(new String(guide.body(), StandardCharsets.UTF_8)).doesNotContain("政府信息公开指南");
    }

    @Test
    void headerSiteDeclaresGb2312InTheResponseHeader() throws Exception {
        HttpResponse<byte[]> main = get("http://www.sccz.gov.cn/main.htm");

        assertThat(main.headers().firstValue("Content-Type")).hasValue("text/html; charset=gb2312");
        assertThat(gb(main)).contains("四川省财政厅");
    }

    @Test
    void undeclaredSiteSendsGb2312WithNoCharsetAnywhere() throws Exception {
        HttpResponse<byte[]> home = get("http://www.scedu.gov.cn/");

        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(gb(home)).contains("四川省教育厅").doesNotContainIgnoringCase("charset");
    }

    @Test
    void framesetHomepageHoldsItsContentInAFrame() throws Exception {
        assertThat(gb(get("http://www.sccz.gov.cn/"))).contains("<frame src=\"main.htm\"").doesNotContain("政府信息公开</b>");
        assertThat(gb(get("http://www.sccz.gov.cn/main.htm"))).contains("http://www.sccz.gov.cn/zwgk/");
    }

    @Test
    void catalogueTableHasFifteenRowsAPageAndATrsPager() throws Exception {
        List<Integer> rows = new ArrayList<>();
        String url = "http://xxgk.chengdu.gov.cn/gkml/index.htm";
        Set<String> indexes = new HashSet<>();
        for (int page = 0; page < 10 && url != null; page++) {
            String html = gb(get(url));
            Matcher index = Pattern.compile("\\d{9}/2007-\\d{5}").matcher(html);
            int count = 0;
            while (index.find()) {
                indexes.add(index.group());
                count++;
            }
            rows.add(count);
            assertThat(html).contains("共4页").contains("当前第" + (page + 1) + "页").contains("首页").contains("尾页");
            Matcher next = Pattern.compile("<a href=\"(index_\\d+\\.htm)\">下一页</a>").matcher(html);
            url = next.find() ? "http://xxgk.chengdu.gov.cn/gkml/" + next.group(1) : null;
        }
        assertThat(rows).containsExactly(15, 15, 15, 2);
        assertThat(indexes).hasSize(47);
    }

    @Test
    void wordGuideAttachmentHoldsTheGuideText() throws Exception {
        HttpResponse<byte[]> docx = get(HEADER_SITE.guideAttachmentUrl());

        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("wordprocessingml"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("四川省财政厅政府信息公开指南").contains("受理机构：四川省财政厅办公室").contains("xxgk@sccz.gov.cn");
        }
        assertThat(gb(get(HEADER_SITE.guidePageUrl()))).contains(HEADER_SITE.guideAttachmentUrl());
    }

    @Test
    void wordFilesKeepEveryParagraphAsWrittenMarkupCharactersAndSpacesIncluded() throws Exception {
        List<String> paragraphs = List.of("申请表 <附件> & 说明", "  前后有空格  ", "", "第" + System.nanoTime() + "号");

        byte[] docx = Attachments.docx(paragraphs);

        assertThat(Attachments.docx(paragraphs)).as("a server answers the same file each time").isEqualTo(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(p -> p.getText()).containsExactlyElementsOf(paragraphs);
        }
        assertThat(dev.ogi.crawlers.judge.AttachmentText.extract(docx)).hasValueSatisfying(text ->
                assertThat(text).contains("申请表 <附件> & 说明").contains(paragraphs.get(3)));
    }

    @Test
    void pdfGuideAttachmentTextIsExtractableWithoutAChineseFont() throws Exception {
        HttpResponse<byte[]> pdf = get(UNDECLARED.guideAttachmentUrl());

        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("四川省教育厅政府信息公开指南").contains("受理机构").doesNotContainPattern("传\\s*真[：:]").doesNotContain("邮箱");
        }
    }

    @Test
    void softNotFoundSiteAnswers200ForMissingPages() throws Exception {
        HttpResponse<byte[]> missing = get("http://www.scedu.gov.cn/no/such/page.htm");

        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(gb(missing)).contains("页面不存在");
        assertThat(get("http://www.chengdu.gov.cn/no/such/page.htm").statusCode()).isEqualTo(404);
    }

    @Test
    void robotsDisallowTheOgiColumnWhenTheScenarioSaysSo() throws Exception {
        assertThat(new String(get("http://www.scga.gov.cn/robots.txt").body(), StandardCharsets.UTF_8)).contains("Disallow: /zwgk/");
    }

    @Test
    void platformServesADepartmentsColumnUnderItsCode() throws Exception {
        assertThat(gb(get("http://www.scsl.gov.cn/"))).contains("http://xxgk.sc.gov.cn/slt/");
        assertThat(gb(get("http://xxgk.sc.gov.cn/slt/gkzn/index.htm"))).contains("四川省水利厅政府信息公开指南");
        assertThat(gb(get("http://xxgk.sc.gov.cn/"))).contains("四川省水利厅");
    }

    @Test
    void gzipIsServedWhenTheClientAsksForIt() throws Exception {
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create("http://www.chengdu.gov.cn/"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), SimResponse.GB2312)).contains("成都市人民政府");
        }
    }

    @Test
    void guideTextLeavesNoTraceOfAnOmittedElement() {
        String text = String.join("\n", GuideText.paragraphs(UNDECLARED));
        String full = String.join("\n", GuideText.paragraphs(CHENGDU));

        // "可以通过当面、信函、传真……申请" stays: a way to apply is not a fax number
        assertThat(text).doesNotContainPattern("传\\s*真[号码]*[：:]").doesNotContain("邮箱").doesNotContain("邮件").doesNotContain("@");
        assertThat(full).contains("@chengdu.gov.cn").containsPattern("传|Fax");
    }

    @Test
    void pagesEncodeInGb2312WithoutLoss() {
        for (SiteScenario s : List.of(CHENGDU, HEADER_SITE, UNDECLARED)) {
            for (String paragraph : GuideText.paragraphs(s)) {
                assertThat(new String(paragraph.getBytes(SimResponse.GB2312), SimResponse.GB2312)).isEqualTo(paragraph);
            }
        }
        for (String s : ScenarioSite.HEADLINES) {
            assertThat(SimResponse.GB2312.newEncoder().canEncode(s)).as(s).isTrue();
        }
        for (String s : ScenarioSite.ITEM_TITLES) {
            assertThat(SimResponse.GB2312.newEncoder().canEncode(s)).as(s).isTrue();
        }
    }

    @Test
    void demoFarmIsDeterministicAndTellsEveryStory() {
        List<SiteTarget> units = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            units.add(new SiteTarget("u" + i, "第" + i + "市人民政府", i % 3 == 0 ? "省直部门" : "市州", "http://www.u" + i + ".gov.cn/"));
        }
        DemoFarm farm = DemoFarm.of(units);
        DemoFarm again = DemoFarm.of(units);

        Set<String> stories = new HashSet<>();
        farm.scenarios().values().forEach(s -> stories.add(s.story()));
        assertThat(stories).hasSize(DemoFarm.Story.values().length);
        assertThat(farm.scenarios().values()).extracting(SiteScenario::toString)
                .isEqualTo(again.scenarios().values().stream().map(SiteScenario::toString).toList());
        assertThat(DemoFarm.weeklyRounds()).hasSizeBetween(20, 30).startsWith(DemoFarm.TIMELINE_START).endsWith(DemoFarm.TIMELINE_END);
        long onTime = farm.scenarios().values().stream().filter(s -> s.story().equals("on-time")).count();
        assertThat(onTime).isGreaterThan(10);
    }

    @Test
    void expectationFollowsTheTimeline() {
        assertThat(CHENGDU.expectedAt(SEPT).guideFound()).isFalse();
        assertThat(CHENGDU.expectedAt(OCT_20).guideUnderConstruction()).isTrue();
        SiteScenario.Expected nov = CHENGDU.expectedAt(NOV);
        assertThat(nov.guideFound()).isTrue();
        assertThat(nov.guideElements()).containsExactlyInAnyOrder(GuideElement.values());
        assertThat(nov.catalogueEntries()).isEqualTo(47);
        assertThat(nov.catalogueFields()).containsExactlyInAnyOrder(CatalogueField.values());
        assertThat(CHENGDU.expectedAt(LocalDate.of(2007, 12, 5)).reachable()).isFalse();
        assertThat(BLOCKED.expectedAt(NOV).robotsBlocked()).isTrue();
        assertThat(BLOCKED.expectedAt(NOV).guideFound()).isFalse();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
