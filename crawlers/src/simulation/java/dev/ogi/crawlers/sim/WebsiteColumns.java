package dev.ogi.crawlers.sim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The pages of a simulated site that tell its {@link WebsiteStory}: the 依申请公开 page and its
 * 申请表, the annual reports' column and the report itself, and the empty notice column.
 */
final class WebsiteColumns {

    /** Where the nav menu's 通知公告 column is (its position in {@link ScenarioSite#NAV}). */
    static final String NOTICE_COLUMN = "/col/col117/";
    static final String APPLICATION_FORM = "ysq/sqb.doc";
    static final String REPORT_2008 = "nb/2008ndbg.htm";

    private final SiteScenario s;
    private final SiteMarkup markup;
    private final WebsiteStory story;

    WebsiteColumns(SiteScenario scenario, SiteMarkup markup) {
        this.s = scenario;
        this.markup = markup;
        this.story = scenario.website();
    }

    /** The nav column at {@code path} when the story makes it empty. */
    Optional<SimResponse> emptyColumn(String path) {
        if (!story.emptyColumns() || !path.startsWith(NOTICE_COLUMN)) {
            return Optional.empty();
        }
        return Optional.of(markup.page(200, markup.frame("通知公告_" + s.unitName(),
                "<table width=\"980\" align=\"center\"><tr><td class=\"title\">通知公告</td></tr>"
                        + "<tr><td align=\"center\" height=\"200\">暂无信息</td></tr></table>")));
    }

    /** The 依申请公开 page inside the OGI column (menu on the left). */
    SimResponse applyPage(String menu) {
        String body = switch (story.apply()) {
            case FORM -> "<h3>网上申请政府信息公开</h3><form action=\"ysq/submit.do\" method=\"post\"><table>"
                    + "<tr><td>申请人姓名（名称）</td><td><input type=\"text\" name=\"name\"></td></tr>"
                    + "<tr><td>联系电话</td><td><input type=\"text\" name=\"phone\"></td></tr>"
                    + "<tr><td>通信地址</td><td><input type=\"text\" name=\"address\"></td></tr>"
                    + "<tr><td>所需信息的内容描述</td><td><textarea name=\"content\" rows=\"5\"></textarea></td></tr>"
                    + "<tr><td>所需信息的用途</td><td><input type=\"text\" name=\"use\"></td></tr>"
                    + "</table><input type=\"submit\" value=\"提交申请\"></form>";
            case DOWNLOAD -> "<h3>依申请公开</h3><p>《" + s.unitName() + "政府信息公开申请表》下载：<a href=\"sqb.doc\">申请表</a></p>"
                    + "<p>申请人填写申请表后，可邮寄至：" + s.unitName() + "办公室（政府信息公开受理处），地址：四川省"
                    + s.unitName() + "大楼一楼，邮编：61" + Math.abs(s.code().hashCode() % 10000 + 10000) + "。</p>";
            case NONE -> "<h3>依申请公开</h3><p>公民、法人和其他组织可以依法向本机关申请获取政府信息，具体办法另行公布。</p>";
        };
        return markup.page(200, markup.frame("依申请公开_" + s.unitName(), menu + "<td valign=\"top\">" + body + "</td></tr></table>"));
    }

    /** The 申请表 the download page links: a Word file, unless the story breaks it. */
    SimResponse applicationForm() {
        if (story.brokenApplicationForm()) {
            return SimResponse.notFound();
        }
        byte[] form = Attachments.docx(List.of(s.unitName() + "政府信息公开申请表", "申请人姓名：", "联系电话：",
                "所需信息的内容描述：", "所需信息的用途："));
        return SimResponse.bytes(200, "application/msword", form);
    }

    /** The annual reports' column: the 2008 report once published, the column placeholder before. */
    SimResponse reportsPage(String menu, LocalDate date) {
        if (!story.reportPublished(date)) {
            return markup.page(200, markup.frame("公开年报_" + s.unitName(), menu + markup.placeholderBody("政府信息公开年度报告")));
        }
        return markup.page(200, markup.frame("公开年报_" + s.unitName(), menu + "<td valign=\"top\"><table width=\"100%\">"
                + "<tr><td>·<a href=\"2008ndbg.htm\">" + reportTitle() + "</a></td><td>" + story.reportOn() + "</td></tr>"
                + "</table></td></tr></table>"));
    }

    /** The 2008 report, dated; without its fees and appeals parts when the story says so. */
    SimResponse report(String menu, LocalDate date) {
        if (!story.reportPublished(date)) {
            return markup.missing();
        }
        StringBuilder b = new StringBuilder(menu).append("<td valign=\"top\"><h2>").append(reportTitle()).append("</h2>")
                .append("<p>发布日期：").append(story.reportOn()).append("</p>")
                .append("<p>本报告根据《中华人民共和国政府信息公开条例》要求，由").append(s.unitName())
                .append("编制，报告期为2008年5月1日至12月31日。</p>")
                .append("<p><b>一、概述</b></p><p>条例施行以来，本机关成立了工作领导小组，编制了公开指南和公开目录。</p>")
                .append("<p><b>二、主动公开政府信息情况</b></p><p>全年主动公开政府信息326条，其中通过网站公开298条。</p>")
                .append("<p><b>三、依申请公开政府信息情况</b></p><p>全年共受理公开申请12件，均已按期答复。</p>");
        if (!story.reportPartsMissing()) {
            b.append("<p><b>四、收费及减免情况</b></p><p>本年度未收取检索、复制、邮寄等费用。</p>")
                    .append("<p><b>五、行政复议和行政诉讼情况</b></p><p>本年度没有因政府信息公开引起的行政复议或行政诉讼。</p>");
        }
        b.append("<p><b>六、存在的主要问题和改进措施</b></p><p>公开内容还不够全面，下一步将完善制度，加强培训。</p></td></tr></table>");
        return markup.page(200, markup.frame(reportTitle(), b.toString()));
    }

    private String reportTitle() {
        return s.unitName() + "2008年政府信息公开工作年度报告";
    }
}
