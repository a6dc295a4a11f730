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
 */
public final class GuideJudge {

    public enum Kind { GUIDE, PLACEHOLDER, NEWS, NOT_GUIDE }

    /**
     * @param kind      the verdict
     * @param elements  the elements found (for a guide)
     * @param score     strength, to keep the best of several candidates
     * @param reason    a sentence for people: the rule and what matched
     * @param anchor    where in the text the guide starts (for the excerpt)
     */
    public record Verdict(Kind kind, Set<GuideElement> elements, int score, String reason, int anchor) {
    }

    private static final String PHONE = ContactPatterns.PHONE;
    private static final String EMAIL = ContactPatterns.EMAIL;
    private static final String ORG_SUFFIX = "(?:办公室|办公厅|管理局|局|厅|委员会|委|中心|科|处|部|政府|所|院|站|组|室)";

    private static final Pattern PHONE_P = Pattern.compile(
            "(?:联系电话|咨询电话|办公电话|受理电话|服务电话|监督电话|投诉电话|电话号码|电话)(?:/传真|、传真|\\(传真\\)|及传真|和传真)?"
                    + "(?:号码)?(?:为|是)?:?" + PHONE);
    private static final Pattern FAX_P = Pattern.compile(
            "(?:(?:传真号码|传真电话|传真)(?:号码)?(?:为|是)?:?" + PHONE + ")"
                    + "|(?:电话(?:/|、|\\(|及|和)传真\\)?(?:号码)?:?" + PHONE + ")");
    private static final Pattern EMAIL_P = Pattern.compile(
            "(?i:电子邮箱|电子邮件|电子信箱|邮箱|e-?mail|互联网联系方式)(?:地址)?(?:为|是)?:?" + EMAIL);
    private static final Pattern HOURS_P = Pattern.compile(
            "(?:办公时间|受理时间|工作时间|接待时间|服务时间|受理申请时间)(?:为|是)?:?"
                    + "(?:周|星期|每|工作日|上午|下午|早上|夏季|冬季|法定|国家|\\d)");
    private static final Pattern ADDRESS_P = Pattern.compile(
            "(?:办公地址|通讯地址|联系地址|详细地址|受理地址|受理地点|办公地点|地址|地点)(?:为|是|在)?:?"
                    + "[^:;。]{0,40}?(?:路|街|号|巷|大道|楼|大厦|广场|院内|村)");
    private static final Pattern OFFICE_P = Pattern.compile(
            "(?:(?:受理机构|工作机构|机构名称|受理部门|受理单位|承办机构|办理机构|主管部门|负责机构)(?:名称)?(?:为|是|:)"
                    + "|名称:)[^:;。]{0,40}?" + ORG_SUFFIX
                    + "|(?:由|设在|设于)[^:;。]{2,30}?" + ORG_SUFFIX + "(?:负责|具体负责|承办|受理)");
    private static final Pattern CLASSIFICATION_P = Pattern.compile(
            "信息(?:的)?分类|分类(?:导航|体系|方式|方法)|公开(?:的)?范围|主动公开(?:的)?(?:内容|范围|信息包括|信息分为)"
                    + "|公开(?:的)?内容|分为[^。]{0,20}?类");
    private static final Pattern ARRANGEMENT_P = Pattern.compile(
            "编排体系|编排方式|编排|目录体系|排列(?:顺序|方式)|索引号|组织体系|检索方式");
    private static final Pattern ACCESS_P = Pattern.compile(
            "获取方式|获取途径|获取信息|获取政府信息|获得政府信息|公开(?:的)?方式|公开形式|公开途径|申请方式|申请途径|提出申请|查阅");

    private static final String[] STRUCTURE = {"主动公开", "依申请公开", "受理", "申请", "监督", "收费", "答复",
            "工作日", "公开范围", "公开方式", "本指南"};
    private static final String[] PLACEHOLDER = {"建设中", "正在建设", "敬请期待", "正在完善", "即将开通", "暂无内容",
            "暂无信息", "正在整理", "尚未发布", "筹建中", "正在编制", "陆续发布", "维护中", "正在更新"};
    private static final String[] NEWS_MARKERS = {"记者", "通讯员", "本报讯", "讯(", "来源:", "责任编辑", "编辑:",
            "浏览次数", "点击数", "发布时间", "发表时间", "【字体", "作者:"};
    private static final String[] MEETING = {"会议", "召开", "讲话", "强调", "部署", "培训", "座谈", "出席", "主持",
            "指出", "要求", "动员", "参加", "汇报", "日上午", "日下午", "近日", "日前"};
    private static final Pattern GUIDE_TITLE = Pattern.compile(
            "(?:公开|信息|公开工作)指南(?:\\((?:试行|修订|修订稿|草案|征求意见稿|暂行)\\))?(?:$|[|_\\-])");

    private GuideJudge() {
    }

    public static Set<GuideElement> elements(String compact) {
        Set<GuideElement> found = EnumSet.noneOf(GuideElement.class);
        if (CLASSIFICATION_P.matcher(compact).find()) {
            found.add(GuideElement.classification);
        }
        if (ARRANGEMENT_P.matcher(compact).find()) {
            found.add(GuideElement.arrangement);
        }
        if (ACCESS_P.matcher(compact).find()) {
            found.add(GuideElement.access);
        }
        if (OFFICE_P.matcher(compact).find()) {
            found.add(GuideElement.officeName);
        }
        if (ADDRESS_P.matcher(compact).find()) {
            found.add(GuideElement.address);
        }
        if (HOURS_P.matcher(compact).find()) {
            found.add(GuideElement.hours);
        }
        if (PHONE_P.matcher(compact).find()) {
            found.add(GuideElement.phone);
        }
        if (FAX_P.matcher(compact).find()) {
            found.add(GuideElement.fax);
        }
        if (EMAIL_P.matcher(compact).find()) {
            found.add(GuideElement.email);
        }
        return found;
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
            "(?:公开|信息)指南(?:\\((?:试行|修订|修订稿|草案|征求意见稿|暂行)\\))?(?=发布|来源|日期|时间|为了|为更好|根据|一、|第一|\\d{4}|\\[|【)");

    public static Verdict judge(ParsedPage page, Intent reachedAs) {
        String c = page.content();
        boolean mentions = c.contains("指南") || c.contains("依申请") || c.contains("主动公开");
        boolean guideTitle = hasGuideTitle(page);
        int structure = 0;
        if (mentions) {
            structure = Texts.countAny(c, STRUCTURE);
        }
        // Elements on the whole text: e-mail addresses are usually mailto links.
        Set<GuideElement> elements = mentions ? elements(page.compact()) : EnumSet.noneOf(GuideElement.class);
        int anchor = Math.max(0, Math.max(page.text().indexOf("指南"), 0) - 40);
        String titleShown = page.title().isBlank() ? page.url().toString() : "《" + page.title() + "》";

        boolean placeholderWords = Texts.containsAny(c, PLACEHOLDER);
        if (placeholderWords && elements.size() < 3 && structure < 3 && c.length() < 1500) {
            return new Verdict(Kind.PLACEHOLDER, elements, 1,
                    "判定为占位页（栏目建设中）：页面仅有“" + firstOf(c, PLACEHOLDER) + "”等字样，无指南内容", anchor);
        }
        if (!mentions) {
            return new Verdict(Kind.NOT_GUIDE, elements, 0, "页面未提及公开指南", 0);
        }
        int newsMarkers = Texts.countAny(c.length() > 3000 ? c.substring(0, 3000) : c, NEWS_MARKERS);
        int meeting = Texts.countAny(c, MEETING);
        boolean newsLike = !guideTitle && meeting >= 2 && (newsMarkers >= 1 || c.length() < 1500);
        boolean strongContent = elements.size() >= 5 && structure >= 4;
        if (newsLike && !(elements.size() >= 6 && structure >= 5)) {
            return new Verdict(Kind.NEWS, elements, 0,
                    "不计为指南：" + titleShown + "是新闻报道（含“" + firstOf(c, MEETING) + "”等会议报道用语），不是指南本身",
                    anchor);
        }
        boolean guide = (guideTitle && elements.size() >= 3) || (guideTitle && elements.size() >= 2 && structure >= 3)
                || strongContent;
        if (!guide) {
            return new Verdict(Kind.NOT_GUIDE, elements, 0,
                    "不计为指南：" + titleShown + "提及指南，但内容不具备指南结构（要素" + elements.size() + "项）", anchor);
        }
        int score = 100 + elements.size() * 10 + structure * 3 + (guideTitle ? 20 : 0);
        return new Verdict(Kind.GUIDE, elements, score, describe(elements, page.attachment()), anchor);
    }

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
