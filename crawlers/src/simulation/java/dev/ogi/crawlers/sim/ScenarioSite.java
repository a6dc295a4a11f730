package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.sim.SiteScenario.GuideFormat;
import dev.ogi.crawlers.sim.SiteScenario.LinkStyle;
import dev.ogi.crawlers.sim.SiteScenario.OgiLocation;
import dev.ogi.crawlers.sim.SiteScenario.Trap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Renders one {@link SiteScenario} as the pages its website served on a given day: the markup
 * of Chinese government sites of 2007 (table layouts, a huge navigation menu, GB2312, framesets
 * and redirects on the homepage, TRS-style paths and pagers), and the scenario's traps.
 */
public final class ScenarioSite implements SimHost {

    static final String[] NAV = {"首页", "政务公开", "领导之窗", "机构设置", "政策法规", "规划计划", "人事信息", "财政预决算",
            "统计信息", "应急管理", "办事指南", "表格下载", "网上咨询", "领导信箱", "投诉举报", "新闻中心", "图片新闻", "通知公告",
            "部门动态", "区县动态", "招商引资", "投资指南", "旅游资源", "历史文化", "民生工程", "新农村建设", "重点项目", "政府公报",
            "人大政协", "党风廉政", "专题专栏", "网上调查", "在线访谈", "便民服务", "教育", "医疗卫生", "社会保障", "交通出行",
            "住房", "就业", "企业服务", "农业", "环境保护", "安全生产", "食品安全", "价格收费", "公示公告", "招标采购"};

    static final String[] HEADLINES = {"市政府召开常务会议研究部署近期重点工作", "全市安全生产工作会议召开", "我市启动新一轮农村公路建设",
            "省委巡视组来我市检查工作", "全市经济运行情况通报", "关于开展2007年度目标考核工作的通知", "我市召开民生工程推进会",
            "市领导检查秋季森林防火工作", "全市招商引资工作会议召开", "关于做好冬季农业生产工作的通知", "我市举办公务员依法行政培训班",
            "市政府与省农业银行签署合作协议", "市长信箱十月份来信办理情况", "关于公布第一批行政审批项目清理结果的公告"};

    static final String[] ITEM_TITLES = {"关于印发%s2007年工作要点的通知", "%s机构职能及内设机构", "%s2007年部门预算", "关于进一步加强%s行政审批工作的意见",
            "%s领导班子成员及分工", "%s“十一五”发展规划", "关于开展安全生产大检查的通知", "%s行政许可项目目录", "关于公布行政事业性收费项目的通知",
            "%s突发公共事件应急预案", "%s2006年工作总结", "关于调整%s议事协调机构的通知", "%s人事任免信息", "关于做好政府信息公开工作的通知",
            "%s行政执法责任制实施方案"};

    private final SiteScenario s;
    private final boolean soft404;
    private final SiteMarkup markup;
    private final CataloguePages catalogue;
    private final WebsiteColumns website;
    /** Homepage requests so far, for {@link Trap#FLAKY}: which ones fail is counted, not random. */
    private final java.util.concurrent.atomic.AtomicInteger homepageRequests = new java.util.concurrent.atomic.AtomicInteger();

    /** The guide attachment, made once in the background when the site is set up (POI is slow to warm up). */
    private final java.util.concurrent.CompletableFuture<byte[]> attachment;

    public ScenarioSite(SiteScenario scenario) {
        this.s = scenario;
        this.soft404 = scenario.has(Trap.SOFT_404);
        this.markup = new SiteMarkup(scenario);
        this.catalogue = new CataloguePages(scenario, markup, this::ogiMenu);
        this.website = new WebsiteColumns(scenario, markup);
        this.attachment = scenario.guideFormat() == GuideFormat.HTML
                ? java.util.concurrent.CompletableFuture.completedFuture(new byte[0])
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    List<String> text = GuideText.paragraphs(scenario);
                    return scenario.guideFormat() == GuideFormat.PDF ? Attachments.pdf(text) : Attachments.docx(text);
                });
    }

    public SiteScenario scenario() {
        return s;
    }

    @Override
    public SimResponse handle(SimRequest request, LocalDate date) {
        if (s.isDown(date)) {
            return SimulatedWeb.proxyError(request.host(), "Connection refused (111)", 503);
        }
        if (s.has(Trap.FLAKY) && request.path().equals("/")) {
            int n = homepageRequests.incrementAndGet() % s.flakyEvery();
            if (n == 0) {
                return SimResponse.text(503, "Service Unavailable");
            }
            if (n == s.flakyEvery() / 2) {
                return route(request, date).withDelay(s.slowDelay());
            }
        }
        SimResponse response = route(request, date);
        // A slow server: its dynamic pages (the homepage and the OGI system) take their time; static files do not.
        boolean dynamic = request.path().equals("/") || ("http://" + request.host() + request.path()).startsWith(s.ogiBase());
        return s.has(Trap.SLOW) && dynamic ? response.withDelay(s.slowDelay()) : response;
    }

    private SimResponse route(SimRequest request, LocalDate date) {
        String url = "http://" + request.host() + request.path();
        String path = request.path();
        if (path.equals("/robots.txt")) {
            return robots(request.host());
        }
        if (path.startsWith("/images/")) {
            return SimResponse.bytes(200, "image/gif", TINY_GIF);
        }
        if (path.startsWith("/css/") || path.startsWith("/js/")) {
            return SimResponse.bytes(200, path.endsWith(".js") ? "application/x-javascript" : "text/css",
                    "/* */".getBytes(StandardCharsets.ISO_8859_1));
        }
        String base = s.ogiBase();
        if (url.startsWith(base) || (url + "/").equals(base)) {
            String rel = url.length() >= base.length() ? url.substring(base.length()) : "";
            return ogi(rel, date);
        }
        if (!request.host().equals(s.host())) {
            return markup.missing();
        }
        return mainSite(path, date);
    }

    // ---------------------------------------------------------------- main site

    private SimResponse mainSite(String path, LocalDate date) {
        String home = switch (s.homepageStyle()) {
            case PLAIN -> "/";
            case FRAMESET -> "/main.htm";
            case META_REFRESH -> "/web/index.htm";
            case JS_REDIRECT -> "/portal/index.shtml";
            case HTTP_REDIRECT -> "/index.asp";
        };
        if (path.equals(home)) {
            return markup.page(200, homepageHtml(date));
        }
        if (path.equals("/") || path.equals("/index.htm") || path.equals("/index.html")) {
            return switch (s.homepageStyle()) {
                case FRAMESET -> markup.page(200, "<html><head>" + markup.meta() + "<title>" + s.unitName() + "</title></head>\n"
                        + "<frameset rows=\"0,*\" frameborder=\"NO\" border=\"0\" framespacing=\"0\">\n"
                        + "<frame src=\"top.htm\" name=\"topFrame\" scrolling=\"NO\" noresize>\n"
                        + "<frame src=\"main.htm\" name=\"mainFrame\">\n</frameset>\n"
                        + "<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></html>");
                case META_REFRESH -> markup.page(200, "<html><head>" + markup.meta() + "<title>" + s.unitName() + "</title>"
                        + "<meta http-equiv=\"refresh\" content=\"0; url=/web/index.htm\"></head><body></body></html>");
                case JS_REDIRECT -> markup.page(200, "<html><head>" + markup.meta() + "<title>" + s.unitName() + "</title>"
                        + "<script language=\"javascript\">\nwindow.location.href=\"/portal/index.shtml\";\n</script></head>"
                        + "<body>正在进入网站，请稍候……</body></html>");
                case HTTP_REDIRECT -> SimResponse.redirect(302, "/index.asp");
                case PLAIN -> markup.page(200, homepageHtml(date));
            };
        }
        if (path.equals("/top.htm")) {
            return markup.page(200, "<html><head>" + markup.meta() + "</head><body><img src=\"/images/top.jpg\" alt=\"" + s.unitName() + "\"></body></html>");
        }
        if (path.startsWith("/col/")) {
            return website.emptyColumn(path)
                    .orElseGet(() -> markup.page(200, markup.frame(s.unitName() + " - 栏目", columnListHtml(path, date))));
        }
        if (path.equals(newsAboutGuidePath()) && s.has(Trap.NEWS_ABOUT_GUIDE)) {
            return markup.page(200, markup.frame(newsAboutGuideTitle() + "_" + s.unitName(), newsAboutGuideHtml()));
        }
        if (path.startsWith("/art/")) {
            return markup.page(200, markup.frame("新闻中心_" + s.unitName(), "<h2>" + HEADLINES[Math.abs(path.hashCode()) % HEADLINES.length]
                    + "</h2><p>" + articleDate(path, date) + " 来源：" + s.unitName() + "办公室</p><p>本网讯 近日，" + s.unitName()
                    + "召开专题会议，研究部署有关工作。会议强调，要进一步统一思想，明确责任，确保各项工作落到实处。</p>"));
        }
        return markup.missing();
    }

    /** An article is dated by its address (/art/2008/1/15/...), as the lists that link it date it. */
    private static LocalDate articleDate(String path, LocalDate fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/art/(\\d{4})/(\\d{1,2})/(\\d{1,2})/").matcher(path);
        return m.find() ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : fallback;
    }

    private String homepageHtml(LocalDate date) {
        StringBuilder b = new StringBuilder();
        b.append("<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr><td class=\"date\">今天是：")
                .append(date.getYear()).append("年").append(date.getMonthValue()).append("月").append(date.getDayOfMonth()).append("日 ")
                .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)).append("</td></tr></table>\n");
        b.append("<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr>\n<td width=\"240\" valign=\"top\">");
        if (s.columnExists(date)) {
            b.append(ogiLink(date)).append("<br>");
        }
        b.append("<a href=\"#\" onclick=\"window.open('/col/col9001/index.html','mail','width=600,height=500')\">")
                .append("<img src=\"/images/mail.gif\" alt=\"领导信箱\" border=\"0\"></a><br>")
                .append("<a href=\"/col/col9002/index.html\"><img src=\"/images/bszn.gif\" alt=\"办事指南\" border=\"0\"></a>");
        b.append("</td>\n<td valign=\"top\"><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">")
                .append("<tr><td class=\"title\">要闻动态</td><td align=\"right\"><a href=\"/col/col1/index.html\">更多&gt;&gt;</a></td></tr>\n");
        if (s.has(Trap.NEWS_ABOUT_GUIDE) && !date.isBefore(LocalDate.of(2007, 9, 21))) {
            b.append("<tr><td>·<a href=\"").append(newsAboutGuidePath()).append("\" target=\"_blank\">").append(newsAboutGuideTitle())
                    .append("</a></td><td>2007-09-21</td></tr>\n");
        }
        LocalDate newest = s.website().newestItem(date);
        for (int i = 0; i < 10; i++) {
            LocalDate d = newest.minusDays(i * 3L);
            b.append("<tr><td>·<a href=\"/art/").append(d.getYear()).append('/').append(d.getMonthValue()).append('/')
                    .append(d.getDayOfMonth()).append("/art_").append(i).append(".html\" target=\"_blank\">")
                    .append(HEADLINES[(i + d.getDayOfYear()) % HEADLINES.length]).append("</a></td><td>").append(d).append("</td></tr>\n");
        }
        b.append("</table></td></tr></table>\n");
        return markup.frame(s.unitName(), b.toString());
    }

    private String ogiLink(LocalDate date) {
        String url = s.ogiBase();
        return switch (s.linkStyle()) {
            case TEXT -> "<a href=\"" + url + "\" target=\"_blank\"><b>政府信息公开</b></a>";
            case IMAGE_ALT -> "<a href=\"" + url + "\" target=\"_blank\"><img src=\"/images/xxgk_" + date.getMonthValue()
                    + ".gif\" alt=\"政府信息公开\" width=\"230\" height=\"60\" border=\"0\"></a>";
            case WINDOW_OPEN -> "<a href=\"javascript:void(0)\" onclick=\"window.open('" + url
                    + "','xxgk','toolbar=no,scrollbars=yes,resizable=yes')\"><img src=\"/images/xxgk.gif\" border=\"0\"> 政府信息公开专栏</a>";
        };
    }

    private String columnListHtml(String path, LocalDate date) {
        StringBuilder b = new StringBuilder("<table width=\"100%\">");
        int seed = Math.abs(path.hashCode());
        LocalDate newest = s.website().newestItem(date).plusDays(1);
        for (int i = 0; i < 12; i++) {
            LocalDate d = newest.minusDays(i * 5L + seed % 4);
            b.append("<tr><td>·<a href=\"/art/").append(d.getYear()).append('/').append(d.getMonthValue()).append('/').append(d.getDayOfMonth())
                    .append("/art_").append(seed % 97).append('_').append(i).append(".html\">")
                    .append(HEADLINES[(seed + i) % HEADLINES.length]).append("</a></td><td>").append(d).append("</td></tr>");
        }
        return b.append("</table>").toString();
    }

    private String newsAboutGuidePath() {
        return "/art/2007/9/21/art_gkzn_meeting.html";
    }

    private String newsAboutGuideTitle() {
        return "我市召开政府信息公开指南和公开目录编制工作培训会";
    }

    private String newsAboutGuideHtml() {
        return "<h2>" + newsAboutGuideTitle() + "</h2><p>发布时间：2007-09-21 来源：" + s.unitName() + "办公室</p>"
                + "<p>9月20日，" + s.unitName() + "召开政府信息公开指南和公开目录编制工作培训会，传达全省政府信息公开工作培训会议精神，"
                + "部署政府信息公开指南、公开目录的编制工作。</p><p>会议要求，各部门要按照《政府信息公开条例》的要求，认真做好信息梳理工作，"
                + "于10月10日前完成信息填报，10月底前编制完成本部门的政府信息公开指南和政府信息公开目录，并在政府网站上网公示，广泛征求意见。"
                + "公开指南应当包括政府信息的分类、编排体系、获取方式，政府信息公开工作机构的名称、办公地址、办公时间、联系电话、传真号码、电子邮箱等内容。</p>"
                + "<p>会议强调，政府信息公开工作是一项全新的工作，各部门主要领导要亲自抓，确保明年5月1日《条例》施行前各项准备工作全部到位。</p>";
    }

    // ---------------------------------------------------------------- OGI column

    private SimResponse ogi(String rel, LocalDate date) {
        if (!s.columnExists(date)) {
            return markup.missing();
        }
        String index = rel.isEmpty() || rel.equals("index.htm") || rel.equals("index.html") ? "index" : rel;
        switch (index) {
            case "index":
                return markup.page(200, markup.frame("政府信息公开_" + s.unitName(), ogiMenu(date) + ogiIndexBody(date)));
            case "gkzn/", "gkzn/index.htm":
                return guidePage(date);
            case "ysq/index.htm":
                return website.applyPage(ogiMenu(date));
            case WebsiteColumns.APPLICATION_FORM:
                return website.applicationForm();
            case "zd/index.htm":
                return markup.page(200, markup.frame("公开制度_" + s.unitName(), ogiMenu(date)
                        + "<td valign=\"top\"><ul><li>" + s.unitName() + "政府信息主动公开制度</li><li>" + s.unitName()
                        + "政府信息依申请公开制度</li><li>" + s.unitName() + "政府信息公开保密审查制度</li></ul></td></tr></table>"));
            case "nb/index.htm":
                return website.reportsPage(ogiMenu(date), date);
            case WebsiteColumns.REPORT_2008:
                return website.report(ogiMenu(date), date);
            default:
                break;
        }
        if (s.guidePublished(date) && s.guideFormat() != GuideFormat.HTML && ownGuideLinked()
                && (s.ogiBase() + rel).equals(s.guideAttachmentUrl())) {
            byte[] bytes = attachment.join();
            return s.guideFormat() == GuideFormat.PDF
                    ? SimResponse.bytes(200, "application/pdf", bytes)
                    : SimResponse.bytes(200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes);
        }
        if (rel.startsWith("gkml/")) {
            return catalogue.page(rel.substring(5), date);
        }
        return markup.missing();
    }

    private boolean ownGuideLinked() {
        return !s.has(Trap.GUIDE_LINK_404) && !s.has(Trap.FOREIGN_GUIDE_LINK);
    }

    private String guideLinkUrl() {
        if (s.has(Trap.FOREIGN_GUIDE_LINK)) {
            return s.foreignGuideUrl();
        }
        if (s.has(Trap.GUIDE_LINK_404)) {
            return s.ogiBase() + "gkzn/gkzn.htm";
        }
        return s.guidePageUrl();
    }

    private String ogiMenu(LocalDate date) {
        String[][] items = {{"政府信息公开指南", guideLinkUrl(), "gkzn"}, {"政府信息公开目录", s.catalogueUrl(), "gkml"},
                {"依申请公开", s.ogiBase() + "ysq/index.htm", "ysq"}, {"政府信息公开制度", s.ogiBase() + "zd/index.htm", "zd"},
                {"政府信息公开年报", s.ogiBase() + "nb/index.htm", "nb"}};
        StringBuilder b = new StringBuilder("<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr>"
                + "<td width=\"200\" valign=\"top\" class=\"left_menu\"><table width=\"100%\">");
        for (String[] item : items) {
            b.append("<tr><td height=\"30\">");
            if (s.linkStyle() == LinkStyle.IMAGE_ALT) {
                b.append("<a href=\"").append(item[1]).append("\"><img src=\"/images/menu_").append(item[2])
                        .append(".gif\" alt=\"").append(item[0]).append("\" border=\"0\"></a>");
            } else {
                b.append("<a href=\"").append(item[1]).append("\">").append(item[0]).append("</a>");
            }
            b.append("</td></tr>");
        }
        return b.append("</table></td>\n").toString();
    }

    private String ogiIndexBody(LocalDate date) {
        StringBuilder b = new StringBuilder("<td valign=\"top\"><table width=\"100%\"><tr><td class=\"title\">工作动态</td></tr>");
        if (s.has(Trap.NEWS_ABOUT_GUIDE)) {
            b.append("<tr><td>·<a href=\"http://").append(s.host()).append(newsAboutGuidePath()).append("\">")
                    .append(newsAboutGuideTitle()).append("</a> 2007-09-21</td></tr>");
        }
        b.append("<tr><td>·<a href=\"zd/index.htm\">").append(s.unitName()).append("政府信息公开工作领导小组成立</a> 2007-09-28</td></tr>");
        b.append("<tr><td>·<a href=\"").append(WebsiteColumns.APPLICATION_FORM).append("\">《").append(s.unitName())
                .append("政府信息公开申请表》下载</a></td></tr>");
        return b.append("</table></td></tr></table>").toString();
    }

    private SimResponse guidePage(LocalDate date) {
        if (!ownGuideLinked()) {
            return markup.missing();
        }
        if (!s.guidePublished(date)) {
            return markup.page(200, markup.frame("政府信息公开指南_" + s.unitName(), ogiMenu(date) + markup.placeholderBody("政府信息公开指南")));
        }
        String published = s.guideFrom().orElseThrow().toString();
        StringBuilder b = new StringBuilder(ogiMenu(date)).append("<td valign=\"top\"><table width=\"100%\"><tr><td align=\"center\"><h2>")
                .append(GuideText.title(s.unitName())).append("</h2></td></tr><tr><td align=\"center\">发布日期：").append(published)
                .append("　　来源：").append(s.unitName()).append("</td></tr><tr><td class=\"content\">");
        if (s.guideFormat() == GuideFormat.HTML) {
            for (GuideText.Section section : GuideText.sections(s)) {
                if (!section.heading().isEmpty()) {
                    b.append("<p><strong>").append(section.heading()).append("</strong></p>\n");
                }
                for (String p : section.paragraphs()) {
                    b.append("<p>　　").append(p).append("</p>\n");
                }
            }
        } else {
            String ext = s.guideFormat() == GuideFormat.PDF ? "pdf" : "doc";
            b.append("<p>　　根据《中华人民共和国政府信息公开条例》的规定，我们编制了《").append(GuideText.title(s.unitName()))
                    .append("》，现予公示，欢迎社会各界提出意见和建议。</p><p>附件：<a href=\"").append(s.guideAttachmentUrl())
                    .append("\"><img src=\"/images/").append(ext).append(".gif\" border=\"0\">")
                    .append(GuideText.title(s.unitName())).append(".").append(ext).append("</a></p>");
        }
        b.append("</td></tr></table></td></tr></table>");
        return markup.page(200, markup.frame(GuideText.title(s.unitName()), b.toString()));
    }

    // ---------------------------------------------------------------- plumbing

    private SimResponse robots(String host) {
        boolean ogiHost = s.ogiLocation() == OgiLocation.SUBDOMAIN && !host.equals(s.host());
        if (s.has(Trap.ROBOTS_DISALLOW_OGI)) {
            if (s.ogiLocation() == OgiLocation.SECTION && !ogiHost) {
                return SimResponse.text(200, "User-agent: *\nDisallow: /zwgk/\nDisallow: /admin/\n");
            }
            if (ogiHost) {
                return SimResponse.text(200, "User-agent: *\nDisallow: /\n");
            }
        }
        if (soft404) {
            return markup.missing();
        }
        return Math.abs(s.code().hashCode()) % 3 == 0
                ? SimResponse.text(200, "User-agent: *\nDisallow: /admin/\nDisallow: /cgi-bin/\n")
                : SimResponse.notFound();
    }

    private static final byte[] TINY_GIF = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0,
            (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x21, (byte) 0xf9, 4, 1, 0, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b};
}
