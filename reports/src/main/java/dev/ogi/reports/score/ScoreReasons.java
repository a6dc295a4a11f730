package dev.ogi.reports.score;

import static dev.ogi.reports.text.ChineseText.decimal;
import static dev.ogi.reports.text.ChineseText.paddedDate;

import dev.ogi.reports.text.ChineseText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The one-line reasons (reasonZh) a score gives for each indicator, apart from the arithmetic. */
final class ScoreReasons {

    private ScoreReasons() {
    }

    static String unmet(String what, IndicatorStatus status, LocalDate deadline, LocalDate asOf) {
        if (status == IndicatorStatus.not_met) {
            return what + "，已逾期（截止" + paddedDate(deadline) + "），得0分";
        }
        if (deadline == null) {
            return what + "（无固定截止日期），暂得0分";
        }
        long left = ChronoUnit.DAYS.between(asOf, deadline);
        return what + "，" + (left == 0 ? "今天截止" : "距截止日期还有" + left + "天") + "（截止" + paddedDate(deadline)
                + "），暂得0分";
    }

    static String unknownRule(String rule) {
        return "评分规则“" + rule + "”无法识别，请检查活动配置文件";
    }

    static String noApprovedDeclaration(String title) {
        return "尚无审核通过的" + title + "申报";
    }

    static String declared(String title, LocalDate submitted, LocalDate approved, int daysLate, double points,
            double weight) {
        return title + "申报于" + paddedDate(submitted) + "提交"
                + (approved != null && !approved.equals(submitted) ? "，" + paddedDate(approved) + "审核通过" : "并审核通过")
                + "，" + timeliness(daysLate) + gained(points, weight);
    }

    static String notSeen(CrawledItem item) {
        return "尚未检测到" + noun(item);
    }

    static String published(CrawledItem item, LocalDate first, int daysLate, double points, double weight,
            Optional<LocalDate> missingOn) {
        return noun(item) + "于" + paddedDate(first) + "首次检测到，" + timeliness(daysLate) + gained(points, weight)
                + missingOn.map(day -> "；最近一次检测（" + paddedDate(day) + "）未再检测到，请核实").orElse("");
    }

    static String nothingToMeasure(CrawledItem item) {
        return "尚未检测到" + noun(item) + "，" + (item == CrawledItem.GUIDE ? "要素" : "字段") + "无从评分";
    }

    static String coverage(CrawledItem item, LocalDate latest, int listed, int present, List<String> missing,
            boolean late, double points, double weight) {
        String counted = item == CrawledItem.GUIDE ? "第十九条规定的" + listed + "项要素中的" : listed + "项必备字段中的";
        return latestItem(item, latest) + "含" + counted + present + "项"
                + (missing.isEmpty() ? "" : "（缺：" + ChineseText.list(missing) + "）") + qualityNote(late) + "，"
                + gained(points, weight);
    }

    static String noCatalogueToCount() {
        return "尚未检测到公开目录，条目无从评分";
    }

    static String entries(LocalDate latest, Optional<Integer> entries, int target, boolean late, double points,
            double weight) {
        return latestItem(CrawledItem.CATALOGUE, latest)
                + entries.map(n -> "共" + n + "条，目标" + target + "条").orElse("条目无法计数（如仅有分类树）")
                + qualityNote(late) + "，" + gained(points, weight);
    }

    static String noChecks() {
        return "尚无网站检测记录";
    }

    static String availability(LocalDate asOf, int checks, int reachable, double share, double minimum, double points,
            double weight) {
        boolean enough = share >= minimum;
        return "截至" + paddedDate(asOf) + "共检测" + checks + "次，网站可访问" + reachable + "次（"
                + ChineseText.percent(share) + "），" + (enough ? "达到" : "低于") + "要求的" + ChineseText.percent(minimum)
                + (enough ? "，" : "，按比例") + gained(points, weight);
    }

    static String columnMissing(LocalDate latest, Optional<LocalDate> seenOn) {
        return "最近一次检测（" + paddedDate(latest) + "）首页未发现政府信息公开专栏入口"
                + seenOn.map(day -> "（" + paddedDate(day) + "曾检测到）").orElse("");
    }

    static String column(LocalDate first, LocalDate latest, int daysLate, double points, double weight) {
        return "首页政府信息公开专栏入口于" + paddedDate(first) + "首次检测到，最近一次检测（" + paddedDate(latest) + "）仍在，"
                + timeliness(daysLate) + gained(points, weight);
    }

    static String exempted(ScoreExemption exemption) {
        return "不适用（省政府办公厅认定，不计入满分）：" + exemption.reason();
    }

    static String overridden(ScoreOverride override, IndicatorStatus status, double points, double weight,
            String computed) {
        return "人工修正：" + override.reason() + "（操作人：" + override.author() + "），" + status.label() + "，"
                + gained(points, weight) + "；系统判定：" + computed;
    }

    private static String noun(CrawledItem item) {
        return item == CrawledItem.GUIDE ? "公开指南" : "公开目录";
    }

    private static String latestItem(CrawledItem item, LocalDate latest) {
        return "最近一次检测到的" + noun(item) + "（" + paddedDate(latest) + "）";
    }

    private static String qualityNote(boolean late) {
        return late ? "（发布逾期只在发布指标中扣分，本项按实际内容计分）" : "";
    }

    private static String timeliness(int daysLate) {
        return daysLate > 0 ? "逾期" + daysLate + "天，" : "按时完成，";
    }

    private static String gained(double points, double weight) {
        return "得" + decimal(points) + "分（满分" + decimal(weight) + "分）";
    }
}
