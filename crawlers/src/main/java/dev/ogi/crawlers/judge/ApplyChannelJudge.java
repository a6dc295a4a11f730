package dev.ogi.crawlers.judge;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.regex.Pattern;

/**
 * Does the site take OGI requests (依申请公开) online? An application form on a page, or a page
 * offering the 申请表 with where to send it, counts; 网上咨询, 领导信箱, complaints, and a guide
 * sentence that only says requests are accepted do not.
 */
public final class ApplyChannelJudge {

    /** Selectors parsed once (jsoup parses a query string on every call). */
    private static final Evaluator FORM = QueryParser.parse("form");
    private static final Evaluator TEXTAREA = QueryParser.parse("textarea");
    private static final Evaluator TEXT_INPUT = QueryParser.parse("input[type=text], input:not([type])");
    private static final String[] OTHER_CHANNELS = {"咨询", "信箱", "投诉", "举报", "建议", "留言", "评议", "办事"};
    private static final Pattern SEND_TO = Pattern.compile(
            "(?:地址|通讯地址|邮寄地址)[:：]?.{2,40}?(?:邮编|邮政编码)[:：]?\\d{6}"
                    + "|传真[:：]?\\(?0\\d{2,3}\\)?-?\\d{7,8}"
                    + "|(?:电子邮箱|电子邮件|邮箱|E-?mail)[:：]?[A-Za-z0-9._-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
                    + "|(?:寄至|寄送至|邮寄至|发送至|送至|递交至)");

    private ApplyChannelJudge() {
    }

    /** The verdict on one page, with the reason in words. */
    public record Verdict(boolean found, String reason) {
    }

    /** Whether a link promises the request channel (its text), not another kind of participation. */
    public static boolean isCandidate(Link link) {
        String t = Texts.compact(link.text());
        return t.length() <= 20 && !Texts.containsAny(t, OTHER_CHANNELS)
                && Texts.containsAny(t, "依申请公开", "申请公开", "在线申请", "网上申请", "申请表", "公开申请");
    }

    public static Verdict judge(ParsedPage page) {
        if (page.document() == null) {
            return new Verdict(false, "附件不是申请渠道");
        }
        String heading = Texts.compact(page.title() + String.join("", page.headings()));
        if (Texts.containsAny(heading, OTHER_CHANNELS) && !heading.contains("申请")) {
            return new Verdict(false, "该页是“" + Texts.excerpt(page.title(), 0, 20) + "”，不是依申请公开的渠道");
        }
        for (Element form : page.document().select(FORM)) {
            boolean fields = form.selectFirst(TEXTAREA) != null || form.select(TEXT_INPUT).size() >= 3;
            if (!fields) {
                continue;
            }
            // read only for a form with fields: an ASP.NET page wraps its whole body in one form
            String formText = Texts.compact(form.text());
            if (formText.contains("申请人")
                    && Texts.containsAny(formText, "所需", "申请公开", "信息名称", "内容描述", "信息内容", "用途")) {
                return new Verdict(true, "判定为在线申请：页面有依申请公开的申请表单（申请人、所需信息）");
            }
        }
        boolean offersForm = false;
        for (Link l : page.links()) {
            if (Texts.compact(l.text()).contains("申请表")) {
                offersForm = true;
                break;
            }
        }
        if (offersForm && SEND_TO.matcher(page.compact()).find()) {
            return new Verdict(true, "判定为申请渠道：页面提供申请表下载，并写明递交地址或方式");
        }
        if (offersForm) {
            return new Verdict(false, "页面提供申请表，但未写明申请寄往何处（地址、传真或电子邮箱）");
        }
        return new Verdict(false, "页面只说明可以申请，没有在线申请表单或申请表下载");
    }
}
