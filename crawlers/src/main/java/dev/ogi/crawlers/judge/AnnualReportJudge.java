package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.model.WebsiteFinding.ReportPart;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual report on OGI work (政府信息公开工作年度报告, Art. 31): which links promise one, whether
 * a page is one (not the 政府工作报告, not a 工作要点 or plan, not a news item about a report, not
 * another unit's report), the year it reports on and the required parts it has.
 */
public final class AnnualReportJudge {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final String[] NOT_A_REPORT = {"要点", "计划", "安排", "方案", "会议", "召开", "解读", "转发", "印发",
            "通知", "培训"};
    private static final Pattern ISSUER = Pattern.compile("^(.{2,20}?)(?:\\d{4}年度?|关于)?(?:政府)?信息公开");

    private AnnualReportJudge() {
    }

    /** The verdict on one page. */
    public record Verdict(boolean report, Integer year, Set<ReportPart> parts, String reason) {
    }

    /** Whether a link's text promises an OGI annual report (or the column that lists them). */
    public static boolean isCandidate(Link link) {
        String t = Texts.compact(link.text());
        return reportTitle(t) && t.length() <= 60;
    }

    /** The year a link's text names (the year reported on), when it names one. */
    public static Optional<Integer> yearOf(String text) {
        Matcher m = YEAR.matcher(Texts.compact(text));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /**
     * Judges a page as this unit's annual report.
     *
     * @param unitName the unit the report must be of (a report titled with another unit's name is not)
     */
    public static Verdict judge(ParsedPage page, String unitName, LocalDate today) {
        String title = Texts.compact(page.attachment() ? page.title() + " " + Texts.excerpt(page.text(), 0, 80)
                : page.title() + " " + String.join(" ", page.headings()));
        if (!reportTitle(title)) {
            return new Verdict(false, null, Set.of(), "标题不是政府信息公开工作年度报告");
        }
        Optional<String> other = otherIssuer(title, unitName);
        if (other.isPresent()) {
            return new Verdict(false, null, Set.of(), "不计为本单位年度报告：报告属于“" + other.get() + "”");
        }
        Optional<Integer> year = yearOf(title).or(() -> yearOf(Texts.excerpt(page.text(), 0, 300)));
        if (year.isPresent() && year.get() >= today.getYear() + 1) {
            year = Optional.empty();
        }
        // the page's own words: a menu's 价格收费 or 行政复议 links are not the report's parts
        String text = page.content();
        Set<ReportPart> parts = EnumSet.noneOf(ReportPart.class);
        if (text.contains("主动公开")) {
            parts.add(ReportPart.proactive);
        }
        if (Texts.containsAny(text, "依申请", "申请公开", "公开申请")) {
            parts.add(ReportPart.onRequest);
        }
        if (text.contains("收费") || text.contains("减免")) {
            parts.add(ReportPart.fees);
        }
        if (text.contains("复议") && text.contains("诉讼")) {
            parts.add(ReportPart.appeals);
        }
        if (text.contains("问题") && Texts.containsAny(text, "改进", "措施")) {
            parts.add(ReportPart.improvements);
        }
        StringBuilder missing = new StringBuilder();
        for (ReportPart p : ReportPart.values()) {
            if (!parts.contains(p)) {
                missing.append(missing.isEmpty() ? "" : "、").append(p.label());
            }
        }
        String reason = "判定为政府信息公开工作年度报告" + year.map(y -> "（" + y + "年度）").orElse("（未写明年度）")
                + (missing.isEmpty() ? "，应有内容齐全" : "，缺少：" + missing);
        return new Verdict(true, year.orElse(null), parts, reason);
    }

    private static boolean reportTitle(String t) {
        boolean named = (t.contains("信息公开") && Texts.containsAny(t, "年度报告", "年报", "工作报告"))
                || t.contains("信息公开年报");
        return named && !Texts.containsAny(t, NOT_A_REPORT);
    }

    /** The issuer a title names before 信息公开, when it is not this unit. */
    private static Optional<String> otherIssuer(String title, String unitName) {
        Matcher m = ISSUER.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        String issuer = YEAR.matcher(m.group(1)).replaceAll("").replaceAll("\\d", "");
        if (issuer.length() < 2) {
            return Optional.empty();
        }
        for (String v : Ownership.nameVariants(unitName)) {
            if (v.contains(issuer) || issuer.contains(v)) {
                return Optional.empty();
            }
        }
        return Optional.of(issuer);
    }
}
