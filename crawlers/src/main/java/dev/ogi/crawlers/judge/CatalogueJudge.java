package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.model.CatalogueField;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a page is a 政府信息公开目录: a table of items whose header names the Article 19
 * fields (索引号 | 信息名称 | 内容概述 | 生成日期 and their variants), a list of items carrying index
 * numbers, or a tree of categories. Also finds the next page of a paged catalogue.
 */
public final class CatalogueJudge {

    public enum Kind { TABLE, INDEX_LIST, TREE, PLACEHOLDER, NONE }

    /**
     * @param kind    the verdict
     * @param entries items on this page (tables and index lists), else 0
     * @param fields  the fields its items carry
     * @param reason  a sentence for people
     */
    public record Verdict(Kind kind, int entries, Set<CatalogueField> fields, String reason) {
        public boolean isCatalogue() {
            return kind == Kind.TABLE || kind == Kind.INDEX_LIST || kind == Kind.TREE;
        }
    }

    static final LeadFind INDEX_NUMBER = LeadFind.of(
            "(?<![A-Za-z0-9])[A-Za-z0-9]{5,12}-?[A-Za-z0-9]?/\\d{4}-\\d{3,6}(?![0-9])|(?<![0-9])\\d{6,12}-\\d{4}-\\d{4,6}(?![0-9])",
            LeadFind.ALPHANUMERIC);
    /** Selectors parsed once (jsoup parses a query string on every call). */
    private static final Evaluator TREE_LINK = QueryParser.parse("li a[href], dd a[href], [class*=tree] a[href], [id*=tree] a[href]");
    private static final Evaluator IMAGE_WITH_ALT = QueryParser.parse("img[alt]");
    private static final Evaluator NESTED_LIST = QueryParser.parse("ul ul, ol ol, ul ol, dl dd, [class*=tree], [id*=tree]");
    private static final Pattern TOTAL_PAGES = Pattern.compile("共(\\d{1,4})页");
    private static final Pattern TRS_PAGER = Pattern.compile(
            "createPageHTML\\(\\s*(\\d{1,4})\\s*,\\s*(\\d{1,4})\\s*,\\s*[\"']([^\"']{1,60})[\"']\\s*,\\s*[\"']([^\"']{1,10})[\"']");
    private static final String[] TREE_WORDS = {"机构", "职能", "领导", "政策", "法规", "规范性文件", "规划", "计划",
            "统计", "财政", "预算", "决算", "人事", "任免", "行政许可", "审批", "收费", "采购", "应急", "公共服务",
            "工作动态", "重大", "项目", "公告", "公示", "文件", "概况", "业务", "其他", "类", "重点", "监督", "招考"};

    private CatalogueJudge() {
    }

    public static Verdict judge(ParsedPage page, Intent reachedAs) {
        boolean catalogueNamed = reachedAs == Intent.CATALOGUE || hasCatalogueTitle(page);
        Verdict best = null;
        if (page.document() != null) {
            for (Element table : page.document().getElementsByTag("table")) {
                Verdict v = judgeTable(table, catalogueNamed);
                if (v != null && (best == null || v.entries() > best.entries())) {
                    best = v;
                }
            }
        }
        if (best != null && best.entries() > 0) {
            return best;
        }
        // Items without a table: count index numbers (each item carries one).
        String compact = page.compact();
        Matcher m = INDEX_NUMBER.matcher(compact);
        int indexNumbers = 0;
        for (int from = 0; INDEX_NUMBER.find(m, compact, from); from = m.end()) {
            indexNumbers++;
        }
        if (indexNumbers >= 3 && (catalogueNamed || compact.contains("索引号"))) {
            Set<CatalogueField> fields = EnumSet.of(CatalogueField.index, CatalogueField.name);
            if (Texts.containsAny(compact, "生成日期", "发布日期", "成文日期")) {
                fields.add(CatalogueField.date);
            }
            if (Texts.containsAny(compact, "内容概述", "摘要")) {
                fields.add(CatalogueField.summary);
            }
            return new Verdict(Kind.INDEX_LIST, indexNumbers, fields,
                    "判定为公开目录：列表含" + indexNumbers + "条带索引号的信息");
        }
        boolean placeholder = Texts.containsAny(page.content(), "建设中", "正在建设", "敬请期待", "正在完善", "暂无内容",
                "暂无信息", "正在整理", "即将开通", "筹建中", "正在编制");
        if (catalogueNamed && (best != null || (placeholder && page.content().length() < 1500))) {
            return new Verdict(Kind.PLACEHOLDER, 0, best == null ? Set.of() : best.fields(),
                    best != null ? "目录表格只有表头，没有条目" : "判定为占位页（目录栏目建设中）");
        }
        // A tree is a nested list of categories; navigation menus are tables and do not count.
        // The nesting is looked for first: it is cheaper than matching every link against TREE_LINK.
        if (catalogueNamed && page.document() != null && !page.document().select(NESTED_LIST).isEmpty()) {
            int categoryLinks = 0;
            for (Element a : page.document().select(TREE_LINK)) {
                String t = Texts.compact(a.text());
                if (t.isEmpty()) {
                    Element img = a.selectFirst(IMAGE_WITH_ALT);
                    t = img == null ? "" : Texts.compact(img.attr("alt"));
                }
                if (t.length() >= 2 && t.length() <= 16 && Texts.containsAny(t, TREE_WORDS)) {
                    categoryLinks++;
                }
            }
            if (categoryLinks >= 4) {
                return new Verdict(Kind.TREE, 0, EnumSet.noneOf(CatalogueField.class),
                        "判定为公开目录（分类目录树）：含" + categoryLinks + "个信息类别，条目数无法统计");
            }
        }
        return new Verdict(Kind.NONE, 0, Set.of(), "不是公开目录");
    }

    private static final Pattern CATALOGUE_TITLE = Pattern.compile("公开目录(?:\\([^)]{1,10}\\))?(?:$|[|_\\-])");

    /** The title or a heading names the page a catalogue (not a headline mentioning one). */
    public static boolean hasCatalogueTitle(ParsedPage page) {
        if (CATALOGUE_TITLE.matcher(Texts.compact(page.title()) + "|").find()) {
            return true;
        }
        for (String h : page.headings()) {
            if (CATALOGUE_TITLE.matcher(Texts.compact(h) + "|").find()) {
                return true;
            }
        }
        return false;
    }

    private static Verdict judgeTable(Element table, boolean catalogueNamed) {
        List<Element> rows = directRows(table);
        if (rows.size() < 2) {
            return null;
        }
        int headerAt = -1;
        Set<CatalogueField> fields = EnumSet.noneOf(CatalogueField.class);
        for (int i = 0; i < Math.min(3, rows.size()) && headerAt < 0; i++) {
            Set<CatalogueField> f = headerFields(rows.get(i));
            if (f.contains(CatalogueField.name) && f.size() >= 2) {
                headerAt = i;
                fields = f;
            }
        }
        if (headerAt < 0) {
            return null;
        }
        boolean strong = fields.contains(CatalogueField.index) || fields.contains(CatalogueField.summary);
        if (!strong && !catalogueNamed) {
            return null; // 标题 | 日期 alone is a news list unless the page is the catalogue
        }
        int entries = 0;
        boolean indexSeen = false;
        for (int i = headerAt + 1; i < rows.size(); i++) {
            Element row = rows.get(i);
            int filled = 0;
            int cells = 0;
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells++;
                    if (!cell.text().isBlank()) {
                        filled++;
                    }
                }
            }
            String text = row.text();
            if (cells >= 2 && filled >= 2 && !(text.contains("下一页") || text.contains("上一页") || TOTAL_PAGES.matcher(text).find())) {
                entries++;
                if (!indexSeen && INDEX_NUMBER.first(Texts.compact(text)).isPresent()) {
                    indexSeen = true;
                }
            }
        }
        if (indexSeen) {
            fields.add(CatalogueField.index);
        }
        return new Verdict(Kind.TABLE, entries, fields, "判定为公开目录：表格列" + labels(fields) + "，本页" + entries + "条");
    }

    static String labels(Set<CatalogueField> fields) {
        List<String> l = new ArrayList<>();
        for (CatalogueField f : CatalogueField.values()) {
            if (fields.contains(f)) {
                l.add(f.label());
            }
        }
        return "（" + String.join("、", l) + "）";
    }

    private static List<Element> directRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String n = child.normalName();
            if (n.equals("tr")) {
                rows.add(child);
            } else if (n.equals("tbody") || n.equals("thead") || n.equals("tfoot")) {
                for (Element r : child.children()) {
                    if (r.normalName().equals("tr")) {
                        rows.add(r);
                    }
                }
            }
        }
        return rows;
    }

    /** A cell's text, but no more than about {@code max} characters (layout cells hold whole pages). */
    static String shortText(Element cell, int max) {
        StringBuilder b = new StringBuilder();
        cell.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    b.append(t.getWholeText());
                    if (b.length() > max) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return b.toString();
    }

    private static Set<CatalogueField> headerFields(Element row) {
        Set<CatalogueField> f = EnumSet.noneOf(CatalogueField.class);
        int cells = 0;
        for (Element cell : row.children()) {
            if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                continue;
            }
            cells++;
            String t = Texts.compact(shortText(cell, 40));
            if (t.length() > 12) {
                return EnumSet.noneOf(CatalogueField.class); // a layout cell, not a column header
            }
            if (t.contains("索引")) {
                f.add(CatalogueField.index);
            } else if (Texts.containsAny(t, "概述", "摘要", "简介", "主要内容", "内容描述")) {
                f.add(CatalogueField.summary);
            } else if (Texts.containsAny(t, "日期", "时间")) {
                f.add(CatalogueField.date);
            } else if (Texts.containsAny(t, "名称", "标题", "题名", "公开事项", "信息内容")) {
                f.add(CatalogueField.name);
            }
        }
        return cells >= 2 ? f : EnumSet.noneOf(CatalogueField.class);
    }

    /**
     * The following pages of a paged catalogue, in order: the 下一页 link when it is a real
     * address, else the TRS-style {@code createPageHTML(N, cur, "index", "htm")} convention.
     */
    public static List<URI> nextPages(ParsedPage page) {
        for (Link l : page.links()) {
            String t = Texts.compact(l.text());
            if (t.equals("下一页") || t.equals("下页") || t.equals("后一页") || t.equals("下一頁") || t.equals(">")
                    || t.equals("»") || t.equalsIgnoreCase("next") || t.equals("[下一页]") || t.equals(">>")) {
                if (!l.url().equals(page.url())) {
                    return List.of(l.url());
                }
            }
        }
        if (page.document() != null) {
            for (Element script : page.document().getElementsByTag("script")) {
                Matcher m = TRS_PAGER.matcher(script.data());
                if (m.find()) {
                    int total = Integer.parseInt(m.group(1));
                    int current = Integer.parseInt(m.group(2));
                    List<URI> next = new ArrayList<>();
                    for (int p = current + 1; p < total && next.size() < 100; p++) {
                        Urls.resolve(page.url(), m.group(3) + "_" + p + "." + m.group(4)).ifPresent(next::add);
                    }
                    return next;
                }
            }
        }
        // A numbered pager (1 2 3 ...) whose 下一页 is script-only: the numbered pages, in order.
        java.util.TreeMap<Integer, URI> numbered = new java.util.TreeMap<>();
        for (Link l : page.links()) {
            String t = Texts.compact(l.text()).replace("[", "").replace("]", "");
            if (t.length() <= 3 && !t.isEmpty() && t.chars().allMatch(Character::isDigit) && !l.url().equals(page.url())) {
                int n = Integer.parseInt(t);
                if (n >= 2) {
                    numbered.putIfAbsent(n, l.url());
                }
            }
        }
        return numbered.size() >= 1 && numbered.size() <= 100 ? new ArrayList<>(numbered.values()) : List.of();
    }

    /** The 共N页 figure of a pager, when shown. */
    public static Optional<Integer> totalPages(ParsedPage page) {
        Matcher m = TOTAL_PAGES.matcher(page.compact());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
