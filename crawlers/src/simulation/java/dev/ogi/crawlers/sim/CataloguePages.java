package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.sim.SiteScenario.CatalogueFormat;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * One scenario's OGI catalogue (公开目录): the placeholder before it is published, then a table of
 * 15 rows a page with the 共N页 pager, or a category tree, and one page per item.
 */
final class CataloguePages {

    private final SiteScenario s;
    private final SiteMarkup markup;
    private final Function<LocalDate, String> menu;

    CataloguePages(SiteScenario scenario, SiteMarkup markup, Function<LocalDate, String> menu) {
        this.s = scenario;
        this.markup = markup;
        this.menu = menu;
    }

    /** The page at {@code rel} under the catalogue's address. */
    SimResponse page(String rel, LocalDate date) {
        if (!s.cataloguePublished(date)) {
            return rel.equals("index.htm") || rel.isEmpty()
                    ? markup.page(200, markup.frame("政府信息公开目录_" + s.unitName(), menu.apply(date) + markup.placeholderBody("政府信息公开目录")))
                    : markup.missing();
        }
        if (rel.startsWith("t") && rel.endsWith(".htm")) {
            return itemPage(rel, date);
        }
        if (s.catalogueFormat() == CatalogueFormat.TREE) {
            return tree(rel, date);
        }
        int perPage = 15;
        int total = s.catalogueEntries();
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        int k;
        if (rel.isEmpty() || rel.equals("index.htm")) {
            k = 0;
        } else if (rel.matches("index_\\d+\\.htm")) {
            k = Integer.parseInt(rel.substring(6, rel.length() - 4));
            if (k <= 0 || k >= pages) {
                return markup.missing();
            }
        } else {
            return markup.missing();
        }
        Set<CatalogueField> fields = s.catalogueFields();
        StringBuilder b = new StringBuilder(menu.apply(date)).append("<td valign=\"top\">")
                .append("<table width=\"100%\" border=\"0\" cellpadding=\"3\" cellspacing=\"1\" bgcolor=\"#CCCCCC\">\n<tr bgcolor=\"#E8F0F8\" class=\"title\">");
        if (fields.contains(CatalogueField.index)) {
            b.append("<td width=\"150\">索引号</td>");
        }
        if (fields.contains(CatalogueField.name)) {
            b.append("<td>信息名称</td>");
        }
        if (fields.contains(CatalogueField.summary)) {
            b.append("<td>内容概述</td>");
        }
        b.append("<td width=\"90\">发布机构</td>");
        if (fields.contains(CatalogueField.date)) {
            b.append("<td width=\"80\">生成日期</td>");
        }
        b.append("</tr>\n");
        for (int i = k * perPage; i < Math.min(total, (k + 1) * perPage); i++) {
            Item item = item(i);
            b.append("<tr bgcolor=\"#FFFFFF\">");
            if (fields.contains(CatalogueField.index)) {
                b.append("<td>").append(item.index).append("</td>");
            }
            if (fields.contains(CatalogueField.name)) {
                b.append("<td><a href=\"t").append(item.serial).append(".htm\" target=\"_blank\">").append(item.title).append("</a></td>");
            }
            if (fields.contains(CatalogueField.summary)) {
                b.append("<td>").append(item.summary).append("</td>");
            }
            b.append("<td>").append(s.unitName()).append("</td>");
            if (fields.contains(CatalogueField.date)) {
                b.append("<td>").append(item.date).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<table width=\"100%\"><tr><td align=\"center\" class=\"pager\">共").append(total).append("条记录 共")
                .append(pages).append("页 当前第").append(k + 1).append("页 <a href=\"index.htm\">首页</a> ");
        b.append(k > 0 ? "<a href=\"" + pageName(k - 1) + "\">上一页</a> " : "上一页 ");
        b.append(k < pages - 1 ? "<a href=\"" + pageName(k + 1) + "\">下一页</a> " : "下一页 ");
        b.append("<a href=\"").append(pageName(pages - 1)).append("\">尾页</a></td></tr></table></td></tr></table>");
        return markup.page(200, markup.frame("政府信息公开目录_" + s.unitName(), b.toString()));
    }

    private static String pageName(int k) {
        return k == 0 ? "index.htm" : "index_" + k + ".htm";
    }

    private static final String[] CATEGORIES = {"机构职能", "政策法规", "规划计划", "行政许可", "财政资金", "人事信息", "工作动态"};

    private SimResponse tree(String rel, LocalDate date) {
        if (rel.isEmpty() || rel.equals("index.htm")) {
            StringBuilder b = new StringBuilder(menu.apply(date)).append("<td valign=\"top\"><h3>政府信息公开目录</h3><ul class=\"tree\">");
            for (int c = 0; c < CATEGORIES.length; c++) {
                b.append("<li><img src=\"/images/folder.gif\"> <a href=\"cat").append(c).append(".htm\">").append(CATEGORIES[c]).append("</a><ul>");
                for (int sub = 0; sub < 2; sub++) {
                    b.append("<li><a href=\"cat").append(c).append("_").append(sub).append(".htm\">").append(CATEGORIES[c])
                            .append(sub == 0 ? "（综合）" : "（其他）").append("</a></li>");
                }
                b.append("</ul></li>");
            }
            return markup.page(200, markup.frame("政府信息公开目录_" + s.unitName(), b.append("</ul></td></tr></table>").toString()));
        }
        if (rel.matches("cat\\d(_\\d)?\\.htm")) {
            int c = rel.charAt(3) - '0';
            StringBuilder b = new StringBuilder(menu.apply(date)).append("<td valign=\"top\"><h3>").append(CATEGORIES[c % CATEGORIES.length]).append("</h3><ul>");
            for (int i = c; i < s.catalogueEntries(); i += CATEGORIES.length) {
                Item item = item(i);
                b.append("<li><a href=\"t").append(item.serial).append(".htm\">").append(item.title).append("</a> [").append(item.date).append("]</li>");
            }
            return markup.page(200, markup.frame(CATEGORIES[c % CATEGORIES.length] + "_" + s.unitName(), b.append("</ul></td></tr></table>").toString()));
        }
        return markup.missing();
    }

    private SimResponse itemPage(String rel, LocalDate date) {
        int serial;
        try {
            serial = Integer.parseInt(rel.substring(1, rel.length() - 4));
        } catch (NumberFormatException e) {
            return markup.missing();
        }
        if (serial < 1 || serial > s.catalogueEntries()) {
            return markup.missing();
        }
        Item item = item(serial - 1);
        String body = "<td valign=\"top\"><table width=\"100%\" border=\"1\" cellspacing=\"0\"><tr><td>索引号：</td><td>" + item.index
                + "</td><td>发布机构：</td><td>" + s.unitName() + "</td></tr><tr><td>生成日期：</td><td>" + item.date
                + "</td><td>文　　号：</td><td>" + item.docNumber + "</td></tr></table><h2>" + item.title + "</h2><p>" + item.summary
                + "</p></td></tr></table>";
        return markup.page(200, markup.frame(item.title, menu.apply(date) + body));
    }

    private record Item(int serial, String index, String title, String summary, LocalDate date, String docNumber) {
    }

    private Item item(int i) {
        Random r = new Random(s.code().hashCode() * 31L + i);
        int serial = i + 1;
        String title = String.format(ScenarioSite.ITEM_TITLES[r.nextInt(ScenarioSite.ITEM_TITLES.length)], shortName());
        LocalDate date = LocalDate.of(2007, 1, 1).plusDays(r.nextInt(270));
        String summary = "主要内容：" + title.replace("关于", "") + "的有关事项及具体要求。";
        return new Item(serial, s.orgCode() + "/" + date.getYear() + "-" + String.format("%05d", serial), title, summary, date,
                abbreviation() + "发〔2007〕" + (r.nextInt(120) + 1) + "号");
    }

    private String shortName() {
        return s.unitName().replace("人民政府", "").replace("四川省", "省");
    }

    private String abbreviation() {
        String n = shortName();
        return n.length() > 1 ? n.substring(0, Math.min(2, n.length())) : n;
    }
}
