package dev.ogi.crawlers.judge;

import java.util.Locale;

/**
 * Ranks links by how likely they lead to the OGI guide or catalogue, so the crawl explores the
 * best first. Scores are relative; 0 means "not worth a request".
 */
public final class LinkScorer {

    /** A link's rank and what it promises. */
    public record Score(int value, Intent intent) {
    }

    private static final Score NONE = new Score(0, Intent.OTHER);

    private LinkScorer() {
    }

    public static Score score(Link link, Intent pageIntent, int linksOnPage) {
        String text = Texts.compact(link.text());
        String url = link.url().toString().toLowerCase(Locale.ROOT);
        String path = link.url().getRawPath() == null ? "" : link.url().getRawPath().toLowerCase(Locale.ROOT);
        boolean attachment = path.endsWith(".doc") || path.endsWith(".docx") || path.endsWith(".pdf")
                || path.endsWith(".wps");
        if (path.endsWith(".jpg") || path.endsWith(".gif") || path.endsWith(".png") || path.endsWith(".zip")
                || path.endsWith(".rar") || path.endsWith(".xls") || path.endsWith(".xlsx") || path.endsWith(".css")
                || path.endsWith(".js") || path.endsWith(".exe") || path.endsWith(".swf") || path.endsWith(".flv")) {
            return NONE;
        }
        boolean newsLike = text.length() > 18
                || Texts.containsAny(text, "会议", "召开", "培训", "动员", "部署", "讲话", "座谈", "新闻", "动态",
                "通知", "印发", "学习", "调研", "检查")
                || Texts.containsAny(url, "/news", "xwzx", "xwdt", "news.", "/xw/", "gzdt");
        boolean serviceGuide = Texts.containsAny(text, "办事指南", "服务指南", "办事", "投资指南", "旅游");
        int value = 0;
        Intent intent = Intent.OTHER;
        if (!serviceGuide && (text.contains("公开指南") || (text.contains("指南") && pageIntent != Intent.OTHER)
                || Texts.containsAny(url, "gkzn", "zhinan", "xxgkzn", "ogi_guide"))) {
            value = text.contains("公开指南") ? 100 : 80;
            intent = Intent.GUIDE;
        } else if (text.contains("公开目录") || text.contains("信息目录")
                || (text.contains("目录") && pageIntent != Intent.OTHER)
                || Texts.containsAny(url, "gkml", "xxgkml", "mulu")) {
            value = text.contains("公开目录") ? 100 : 75;
            intent = Intent.CATALOGUE;
        } else if (Texts.containsAny(text, "信息公开", "公开专栏", "公开栏目", "公开信息")
                || Texts.containsAny(url, "xxgk", "gkzl", "govinfo")) {
            value = 70;
            intent = Intent.OGI;
        } else if (Texts.containsAny(text, "政务公开", "政府公开") || Texts.containsAny(url, "zwgk", "/gk/")) {
            value = 45; // the older, broader column: often holds the OGI section, often not
            intent = Intent.OGI;
        } else if (Texts.containsAny(text, "依申请公开", "主动公开")) {
            value = 40;
            intent = Intent.OGI;
        }
        if (intent != Intent.OTHER && Texts.containsAny(text, "年报", "年度报告", "工作报告")) {
            value = 10;
        }
        if (value > 0 && newsLike && intent != Intent.OGI) {
            value = 20; // a headline mentioning the guide: worth a look, after the real candidates
        } else if (value > 0 && newsLike) {
            value = 10;
        }
        if (attachment) {
            if (intent == Intent.GUIDE || pageIntent == Intent.GUIDE) {
                return new Score(Math.max(value, 90), Intent.GUIDE);
            }
            return NONE;
        }
        if (value == 0) {
            if (linksOnPage <= 3 || Texts.containsAny(text, "进入首页", "进入网站", "进入主页", "点击进入")
                    || text.equals("进入") || text.equalsIgnoreCase("enter")) {
                return new Score(30, Intent.OTHER); // splash pages
            }
            if (pageIntent != Intent.OTHER && !newsLike && link.kind() != Link.Kind.SCRIPT) {
                return new Score(5, Intent.OGI); // inside the OGI section, explore a little
            }
            return NONE;
        }
        return new Score(value, intent);
    }
}
