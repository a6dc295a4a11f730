package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.sim.SiteScenario.Trap;

/** The markup every page of one scenario's site shares: charset meta, frame (banner, huge menu, footer), 404s. */
final class SiteMarkup {

    static final String NOT_FOUND_TEXT = "对不起，您要访问的页面不存在或已被删除！";

    private final SiteScenario s;
    private final boolean soft404;

    SiteMarkup(SiteScenario scenario) {
        this.s = scenario;
        this.soft404 = scenario.has(Trap.SOFT_404);
    }

    String placeholderBody(String column) {
        return "<td valign=\"top\" align=\"center\"><p>&nbsp;</p><p><img src=\"/images/jsz.gif\" alt=\"建设中\"></p>"
                + "<p><font color=\"#999999\">本栏目正在建设中，敬请关注！</font></p></td></tr></table>";
    }

    SimResponse missing() {
        if (soft404) {
            return page(200, frame(s.unitName(), "<table width=\"980\" align=\"center\"><tr><td align=\"center\" height=\"300\">"
                    + "<p>" + NOT_FOUND_TEXT + "</p><p><a href=\"http://" + s.host() + "/\">返回首页</a></p></td></tr></table>"));
        }
        return SimResponse.notFound();
    }

    String meta() {
        return switch (s.charset()) {
            case HEADER, META_ONLY -> "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">";
            case UNDECLARED -> "";
            case UTF8 -> "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">";
        };
    }

    SimResponse page(int status, String html) {
        return SimResponse.html(status, html, s.charset());
    }

    /** The site's common frame: banner, the huge navigation menu, the body, the footer. */
    String frame(String title, String body) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n").append(meta())
                .append("\n<title>").append(title).append("</title>\n<link href=\"/css/style.css\" rel=\"stylesheet\" type=\"text/css\">\n")
                .append("<script language=\"javascript\" src=\"/js/common.js\"></script>\n</head>\n")
                .append("<body topmargin=\"0\" leftmargin=\"0\" marginwidth=\"0\" marginheight=\"0\">\n")
                .append("<table width=\"980\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr><td><img src=\"/images/banner.jpg\" width=\"980\" height=\"120\" alt=\"")
                .append(s.unitName()).append("\"></td></tr>\n<tr><td class=\"nav\"><table width=\"100%\" border=\"0\"><tr>");
        for (int i = 0; i < s.navLinks(); i++) {
            if (i > 0 && i % 12 == 0) {
                b.append("</tr><tr>");
            }
            String name = i < ScenarioSite.NAV.length ? ScenarioSite.NAV[i] : "专题" + (i - ScenarioSite.NAV.length + 1);
            String href = i == 0 ? "/" : "/col/col" + (100 + i) + "/index.html";
            b.append("<td><a href=\"").append(href).append("\">").append(name).append("</a></td>");
        }
        b.append("</tr></table></td></tr></table>\n").append(body).append('\n')
                .append("<table width=\"980\" border=\"0\" align=\"center\" class=\"footer\"><tr><td align=\"center\">版权所有：")
                .append(s.unitName()).append("　　承办：").append(s.unitName()).append("信息中心<br>蜀ICP备0500")
                .append(Math.abs(s.code().hashCode()) % 9000 + 1000).append("号　建议使用IE6.0以上浏览器、1024×768分辨率浏览</td></tr></table>\n")
                .append("</body>\n</html>\n");
        return b.toString();
    }
}
