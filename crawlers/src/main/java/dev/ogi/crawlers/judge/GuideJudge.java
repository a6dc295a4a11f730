package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.GuideElement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a page (or attachment) is a 政府信息公开指南 by its content, and which Article 19
 * elements it contains. Each contact element needs its label AND a plausible value after it, so
 * an empty template ("电话：") does not count. Works on {@link Texts#compact} text: whitespace
 * (including full-width padding inside labels) is gone and full-width punctuation is folded.
 * The elements and their evidence come from {@link GuideElements}; pages that look like a guide
 * and are not (an index of guides, 依申请公开 instructions) are told apart by {@link FalseGuides}.
 */
public final class GuideJudge {

    /**
     * INDEX: a page titled as a guide that only lists other guides (follow its links);
     * INSTRUCTIONS: a 依申请公开 page (申请须知, 办理流程) that has a contact block but is not the guide.
     */
    public enum Kind { GUIDE, PLACEHOLDER, NEWS, NOT_GUIDE, INDEX, INSTRUCTIONS }

    /**
     * @param kind      the verdict
     * @param elements  the elements found (for a guide)
     * @param score     strength, to keep the best of several candidates
     * @param reason    a sentence for people: the rule and what matched
     * @param anchor    where in the text the guide starts (for the excerpt)
     * @param evidence  which label or content gave each element, and what was not counted and why
     */
    public record Verdict(Kind kind, Set<GuideElement> elements, int score, String reason, int anchor,
                          GuideElements.Found evidence) {
    }

    private static final String[] STRUCTURE = {"主动公开", "依申请公开", "受理", "申请", "监督", "收费", "答复",
            "工作日", "公开范围", "公开方式", "本指南"};
    private static final String[] PLACEHOLDER = {"建设中", "正在建设", "敬请期待", "正在完善", "即将开通", "暂无内容",
            "暂无信息", "正在整理", "尚未发布", "筹建中", "正在编制", "陆续发布", "维护中", "正在更新"};
    private static final String[] NEWS_MARKERS = {"记者", "通讯员", "本报讯", "讯(", "来源:", "责任编辑", "编辑:",
            "浏览次数", "点击数", "发布时间", "发表时间", "【字体", "作者:"};
    private static final String[] MEETING = {"会议", "召开", "讲话", "强调", "部署", "培训", "座谈", "出席", "主持",
            "指出", "要求", "动员", "参加", "汇报", "日上午", "日下午", "近日", "日前"};
    private static final Pattern GUIDE_TITLE = Pattern.compile(
            "(?:公开|信息|公开工作)指南(?:\\((?:试行|修订|修订稿|草案|征求意见稿|暂行|\\d{4}年?(?:版|修订版?)?)\\))?(?:$|[|_\\-])");

    private GuideJudge() {
    }

    public static Set<GuideElement> elements(String compact) {
        return elementsOf(GuideElements.find(compact));
    }

    private static Set<GuideElement> elementsOf(GuideElements.Found found) {
        Set<GuideElement> set = EnumSet.noneOf(GuideElement.class);
        set.addAll(found.evidence().keySet());
        return set;
    }

    /** True when the title or a heading names the page a guide (not a headline about one). */
    public static boolean hasGuideTitle(ParsedPage page) {
        if (GUIDE_TITLE.matcher(Texts.compact(page.title()) + "|").find()) {
            return true;
        }
        for (String h : page.headings()) {
            if (GUIDE_TITLE.matcher(Texts.compact(h) + "|").find()) {
                return true;
            }
        }
        // Headings set in <td><strong> or <font size=4> rather than <h1>: the heading line runs
        // straight into the byline or the preamble in the page's text.
        String c = page.content();
        String head = c.length() > 800 ? c.substring(0, 800) : c;
        return HEADING_IN_TEXT.matcher(head).find();
    }

    private static final Pattern HEADING_IN_TEXT = Pattern.compile(
            "(?:公开|信息)指南(?:\\((?:试行|修订|修订稿|草案|征求意见稿|暂行|\\d{4}年?(?:版|修订版?)?)\\))?(?=发布|来源|日期|时间|为了|为更好|根据|一、|第一|\\d{4}|\\[|【)");

    public static Verdict judge(ParsedPage page, Intent reachedAs) {
        String c = page.content();
        boolean instructionsTitle = FalseGuides.instructionsTitle(page);
        boolean mentions = c.contains("指南") || c.contains("依申请") || c.contains("主动公开") || instructionsTitle;
        boolean guideTitle = hasGuideTitle(page) && !instructionsTitle;
        int structure = 0;
        if (mentions) {
            structure = Texts.countAny(c, STRUCTURE);
        }
        // Elements on the whole text: e-mail addresses are usually mailto links.
        GuideElements.Found found = mentions ? GuideElements.find(page.compact()) : NOTHING;
        Set<GuideElement> elements = elementsOf(found);
        int anchor = Math.max(0, Math.max(page.text().indexOf("指南"), 0) - 40);
        String titleShown = page.title().isBlank() ? page.url().toString() : "《" + page.title() + "》";

        boolean placeholderWords = Texts.containsAny(c, PLACEHOLDER);
        if (placeholderWords && elements.size() < 3 && structure < 3 && c.length() < 1500) {
            return new Verdict(Kind.PLACEHOLDER, elements, 1,
                    "判定为占位页（栏目建设中）：页面仅有“" + firstOf(c, PLACEHOLDER) + "”等字样，无指南内容", anchor, found);
        }
        if (!mentions) {
            return new Verdict(Kind.NOT_GUIDE, elements, 0, "页面未提及公开指南", 0, found);
        }
        // An index may carry the site's footer contact block; what it lacks is a guide's own part.
        boolean ownPart = elements.contains(GuideElement.classification) || elements.contains(GuideElement.arrangement);
        int guideLinks = FalseGuides.guideLinks(page);
        if (guideLinks >= FalseGuides.INDEX_LINKS && !ownPart) {
            return new Verdict(Kind.INDEX, elements, 0, "不计为指南：" + titleShown + "是指南索引页，只列出" + guideLinks
                    + "个单位的公开指南链接，本单位的指南应沿链接查找", anchor, found);
        }
        if (!ownPart && (instructionsTitle || (!hasGuideTitle(page) && FalseGuides.procedureWords(c)))) {
            return new Verdict(Kind.INSTRUCTIONS, elements, 0, "不计为指南：" + titleShown
                    + "是依申请公开的申请须知或办理流程，虽有联系方式，但无主动公开信息的分类和编排", anchor, found);
        }
        int newsMarkers = Texts.countAny(c.length() > 3000 ? c.substring(0, 3000) : c, NEWS_MARKERS);
        int meeting = Texts.countAny(c, MEETING);
        boolean newsLike = !guideTitle && meeting >= 2 && (newsMarkers >= 1 || c.length() < 1500);
        boolean strongContent = elements.size() >= 5 && structure >= 4;
        if (newsLike && !(elements.size() >= 6 && structure >= 5)) {
            return new Verdict(Kind.NEWS, elements, 0,
                    "不计为指南：" + titleShown + "是新闻报道（含“" + firstOf(c, MEETING) + "”等会议报道用语），不是指南本身",
                    anchor, found);
        }
        boolean guide = (guideTitle && elements.size() >= 3) || (guideTitle && elements.size() >= 2 && structure >= 3)
                || strongContent;
        if (!guide) {
            return new Verdict(Kind.NOT_GUIDE, elements, 0,
                    "不计为指南：" + titleShown + "提及指南，但内容不具备指南结构（要素" + elements.size() + "项）", anchor, found);
        }
        int score = 100 + elements.size() * 10 + structure * 3 + (guideTitle ? 20 : 0);
        return new Verdict(Kind.GUIDE, elements, score, describe(elements, page.attachment()), anchor, found);
    }

    private static final GuideElements.Found NOTHING = new GuideElements.Found(java.util.Map.of(), List.of());

    static String describe(Set<GuideElement> elements, boolean attachment) {
        List<String> missing = new ArrayList<>();
        for (GuideElement e : GuideElement.values()) {
            if (!elements.contains(e)) {
                missing.add(e.label());
            }
        }
        String what = attachment ? "判定为公开指南（附件）" : "判定为公开指南";
        return what + "：含9项要素中的" + elements.size() + "项"
                + (missing.isEmpty() ? "（要素齐全）" : "（缺" + String.join("、", missing) + "）");
    }

    private static String firstOf(String s, String[] needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return n;
            }
        }
        return "";
    }
}
