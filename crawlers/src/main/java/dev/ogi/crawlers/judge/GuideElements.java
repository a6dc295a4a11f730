package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.GuideElement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Article 19 elements in a guide's {@link Texts#compact} text, and says for each which
 * label or content gave it. Real guides write a label as a heading with the value in the next
 * line, paragraph or table cell; once whitespace is gone these all read "label value", so the
 * colon is optional. Contact elements are read with the reading rooms' lines (archives, library,
 * service hall) masked out: those are where to read information, not the office's contact.
 */
public final class GuideElements {

    /**
     * @param evidence which label or content gave each element found, in the page's words
     * @param ignored  what was deliberately not counted, and why
     */
    public record Found(Map<GuideElement, String> evidence, List<String> ignored) {
    }

    private static final String PHONE = ContactPatterns.PHONE;
    private static final String EMAIL = ContactPatterns.EMAIL;
    private static final String ORG_SUFFIX = "(?:办公室|办公厅|管理局|局|厅|委员会|委|中心|科|处|部|政府|所|院|站|组|室|股|办)";
    /** Value characters: no colon (the next label) and no sentence or clause end. */
    private static final String VALUE = "[^:;。,]";

    private static final LeadFind PHONE_P = LeadFind.of(
            "(?:联系电话|咨询电话|办公电话|受理电话|服务电话|监督电话|投诉电话|电话号码|电话)(?:/传真|、传真|\\(传真\\)|及传真|和传真)?"
                    + "(?:号码)?(?:为|是)?:?" + PHONE, "联咨办受服监投电");
    private static final LeadFind FAX_P = LeadFind.of(
            "(?:(?:传真号码|传真电话|传真)(?:号码)?(?:为|是)?:?" + PHONE + ")"
                    + "|(?:电话(?:/|、|\\(|及|和)传真\\)?(?:号码)?:?" + PHONE + ")", "传电");
    private static final LeadFind EMAIL_P = LeadFind.of(
            "(?i:电子邮箱|电子邮件|电子信箱|邮箱|e-?mail|互联网联系方式)(?:地址)?(?:\\((?i:e-?mail)\\))?(?:为|是)?:?" + EMAIL, "电邮互eE");
    private static final LeadFind HOURS_P = LeadFind.of(
            "(?:办公时间|受理时间|工作时间|接待时间|服务时间|受理申请时间)(?:为|是)?:?"
                    + "(?:周|星期|每|工作日|上午|下午|早上|春|夏|秋|冬|法定|国家|按|正常|\\d)", "办受工接服");
    // Not a link's or a site's address (a table header 在线链接地址), and a place may be only a
    // building or a compound (县行政中心3楼, 市政府大院, 镇政府院内).
    private static final LeadFind ADDRESS_P = LeadFind.of(
            "(?<!链接|网站|网页|网络|在线|邮件|邮箱|网)(?:办公地址|通讯地址|联系地址|详细地址|受理地址|受理地点|办公地点|地址|地点)"
                    + "(?:为|是|在)?:?" + VALUE + "{0,40}?(?:路|街|号|巷|大道|楼|大厦|广场|院内|村|大院|中心|层|室|座|[A-Z]区)"
                    + "(?:[0-9A-Z]{1,4}(?:号楼|楼|层|号|室|座))*", "办通联详受地");
    private static final LeadFind OFFICE_P = LeadFind.of(
            "(?:(?:受理机构|信息公开工作机构|公开工作机构|工作机构|信息公开机构|机构名称|受理部门|受理单位|承办机构|办理机构|负责机构)"
                    + "(?:(?:名称)?(?:为|是|:)|(?:名称)?(?!负责|的|具体|应|在|对|将|须|要|职责|设|统一|会同|按|依|收到|经|及|和|与))"
                    + "|名称:)" + VALUE + "{0,30}?" + ORG_SUFFIX
                    + "|(?:由|设在|设于)" + VALUE + "{2,30}?" + ORG_SUFFIX + "(?:负责|具体负责|承办|受理)", "受信公工机承办负名由设");
    /** Categories of information as guides list them; three distinct ones make a classification. */
    private static final LeadFind CATEGORY = LeadFind.of(
            "机构职能|机构设置|机构概况|领导信息|政策文件|规范性文件|政策法规|法律法规|规划计划|发展规划|财政预决算|财政预算|预算决算"
                    + "|财政资金|财政信息|人事信息|人事任免|行政许可|行政审批|行政处罚|行政执法|统计数据|统计信息|统计公报|工作动态|政务动态"
                    + "|业务工作|公告公示|通知公告|应急管理|重大项目|建议提案|政府采购|概况信息|法规公文|计划规划|业务信息|计划总结|领导分工"
                    + "|内设机构|人大代表建议|政协提案|收费项目|审计结果|招标投标|办事程序|办事指南|公共服务|安全生产|社会保障",
            "机领政规法发财预人行统工业公通应重建概计内收审招办安社");
    /** A list of at least three named kinds (机构职能类；政策法规类；…) after 分为 / 包括 / 如下. */
    private static final LeadFind KIND_LIST = LeadFind.of(
            "(?:分为|包括|主要有|如下)[^。]{0,20}?(?:[\\u4e00-\\u9fa5]{2,10}类[^。\\u4e00-\\u9fa5]{1,4}){3}", "分包主如");
    private static final LeadFind ARRANGEMENT_P = LeadFind.of(
            "编排|目录体系|排列(?:顺序|方式)|按" + "[^。]{1,30}?排列|检索方式|组织体系|索引号[^。]{0,20}?(?:由|组成|构成|编码规则)", "编目排按检组索");
    private static final LeadFind ACCESS_P = LeadFind.of(
            "获取方式|获取途径|获取信息|获取政府信息|获取相关政府信息|获得政府信息|公开(?:的)?方式|公开形式|公开途径|申请方式|申请途径|提出申请|查阅", "获公申提查");
    /** Where a reading room's lines start: they are not the office's contact. */
    private static final LeadFind READING_ROOM = LeadFind.of(
            "(?:政府信息)?(?:公共)?查阅(?:场所|点|地点|室|中心|服务点)|档案馆|图书馆|(?:政务|行政|便民)服务中心(?=[^。]{0,15}查阅)", "政公查档图行便");
    /** Where a reading room's lines end: the next section or the office's own block. */
    private static final Pattern SECTION = Pattern.compile(
            "[一二三四五六七八九十]{1,2}、|\\([一二三四五六七八九十]{1,2}\\)|第[一二三四五六七八九十]{1,2}[章条部]"
                    + "|受理机构|工作机构|联系方式|机构名称");
    private static final int READING_ROOM_SPAN = 400;

    private GuideElements() {
    }

    public static Found find(String compact) {
        Map<GuideElement, String> ev = new EnumMap<>(GuideElement.class);
        List<String> ignored = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Matcher cat = CATEGORY.matcher(compact);
        for (int from = 0; categories.size() < 3 && CATEGORY.find(cat, compact, from); from = cat.end()) {
            if (!categories.contains(cat.group())) {
                categories.add(cat.group());
            }
        }
        if (categories.size() >= 3) {
            ev.put(GuideElement.classification, "列出信息类别：" + String.join("、", categories));
        } else {
            KIND_LIST.first(compact).ifPresent(s -> ev.put(GuideElement.classification, "列出信息类别：“" + s + "”"));
        }
        ARRANGEMENT_P.first(compact).ifPresent(s -> ev.put(GuideElement.arrangement, "“" + s + "”"));
        access(compact, ignored).ifPresent(s -> ev.put(GuideElement.access, "“" + s + "”"));
        OFFICE_P.first(compact).ifPresent(s -> ev.put(GuideElement.officeName, "“" + s + "”"));
        String contacts = maskReadingRooms(compact, ignored);
        ADDRESS_P.first(contacts).ifPresent(s -> ev.put(GuideElement.address, "“" + s + "”"));
        HOURS_P.first(contacts).ifPresent(s -> ev.put(GuideElement.hours, "“" + s + "”"));
        PHONE_P.first(contacts).ifPresent(s -> ev.put(GuideElement.phone, "“" + s + "”"));
        FAX_P.first(contacts).ifPresent(s -> ev.put(GuideElement.fax, "“" + s + "”"));
        EMAIL_P.first(contacts).ifPresent(s -> ev.put(GuideElement.email, "“" + s + "”"));
        return new Found(Collections.unmodifiableMap(ev), List.copyOf(ignored));
    }

    /** A way for the public to obtain information; not a sentence that the guide itself can be read. */
    private static java.util.Optional<String> access(String compact, List<String> ignored) {
        Matcher m = ACCESS_P.matcher(compact);
        for (int from = 0; ACCESS_P.find(m, compact, from); from = m.end()) {
            int start = compact.lastIndexOf('。', m.start()) + 1;
            int end = compact.indexOf('。', m.end());
            String sentence = compact.substring(Math.max(start, m.start() - 60), end < 0 ? compact.length()
                    : Math.min(end, m.end() + 60));
            if (sentence.contains("指南") && !sentence.contains("获取") && !sentence.contains("申请")) {
                ignored.add("获取方式不计“" + sentence + "”：只说指南可在何处阅读");
                continue;
            }
            return java.util.Optional.of(m.group());
        }
        return java.util.Optional.empty();
    }

    /**
     * Where a reading room's lines end: its sentence, and the next ones while they go on listing
     * rooms (numbered items, or naming another room), never past the next section.
     */
    private static int sentencesOfRooms(String compact, int from, int section) {
        int end = compact.indexOf('。', from);
        while (end >= 0 && end < section) {
            int next = compact.indexOf('。', end + 1);
            String sentence = compact.substring(end + 1, next < 0 ? section : Math.min(next, section));
            if (!(LIST_ITEM.matcher(sentence).lookingAt() || READING_ROOM.pattern().matcher(sentence).find())) {
                return end;
            }
            end = next;
        }
        return section;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,2}[.、)]|\\(\\d{1,2}\\)|[①-⑩]");

    /** The text with every reading room's lines blanked, up to the next section. */
    static String maskReadingRooms(String compact, List<String> ignored) {
        Matcher room = READING_ROOM.matcher(compact);
        if (!READING_ROOM.find(room, compact, 0)) {
            return compact;
        }
        StringBuilder out = new StringBuilder(compact.length());
        int from = 0;
        do {
            if (room.start() < from) {
                continue;
            }
            Matcher next = SECTION.matcher(compact).region(room.end(), compact.length());
            int section = Math.min(next.find() ? next.start() : compact.length(), room.end() + READING_ROOM_SPAN);
            int end = sentencesOfRooms(compact, room.end(), section);
            out.append(compact, from, room.start()).append('|');
            String span = compact.substring(room.start(), end);
            if (PHONE_P.first(span).isPresent() || ADDRESS_P.first(span).isPresent()) {
                ignored.add("查阅场所的联系方式不计为工作机构的：“" + Texts.excerpt(span, 0, 40) + "”");
            }
            from = end;
        } while (READING_ROOM.find(room, compact, room.end()));
        out.append(compact, from, compact.length());
        return out.toString();
    }
}
