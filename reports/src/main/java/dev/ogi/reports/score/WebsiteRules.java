package dev.ogi.reports.score;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The website-as-first-platform rules. The veto items (单项否决) are worded in the reason so
 * that the unit page, rankings and bulletins can name them with the evidence.
 */
final class WebsiteRules {

    static final String VETO = "单项否决：";

    private WebsiteRules() {
    }

    /** {@code site_reachable_7d}: the monitor's 7-day share at or above {@code params.minimumShare} (0.95). */
    static IndicatorScore reachable(Judging j) {
        WebsiteFacts w = j.facts().website();
        if (w.availability7d().isEmpty()) {
            return j.unmet(() -> "可用性监测尚无探测记录");
        }
        double share = w.availability7d().get();
        double minimum = j.number("minimumShare", 0.95);
        if (share >= minimum) {
            return j.result(IndicatorStatus.met_on_time, j.weight(), j.asOf(), 0, ScoreEvidence.none(),
                    j.facts().explain ? String.format("近7天首页可用率%.1f%%，不低于%.0f%%", share * 100, minimum * 100) : "");
        }
        return veto(j, () -> String.format("%s站点无法访问（近7天首页可用率%.1f%%，低于%.0f%%；请排查服务器和网络）",
                VETO, share * 100, minimum * 100));
    }

    /** {@code homepage_fresh}: the newest item is at most {@code params.maxDays} (14) old. */
    static IndicatorScore fresh(Judging j) {
        WebsiteFacts w = j.facts().website();
        int maxDays = (int) Math.round(j.number("maxDays", 14));
        if (!w.checked()) {
            return j.unmet(() -> "网站尚未检查：首页更新情况待首次检查后判定");
        }
        if (w.latestUpdate().isEmpty()) {
            return veto(j, () -> VETO + "首页不更新（首页及其栏目未找到带日期的信息；请在首页发布新信息并标注日期）");
        }
        LocalDate newest = w.latestUpdate().get();
        long age = ChronoUnit.DAYS.between(newest, j.asOf());
        String url = w.latestUpdateUrl().orElse("");
        if (age <= maxDays) {
            return j.result(IndicatorStatus.met_on_time, j.weight(), newest, 0, ScoreEvidence.website(url),
                    j.facts().explain ? "最新信息日期" + newest + "（" + url + "）" : "");
        }
        return veto(j, url.isEmpty() ? ScoreEvidence.none() : ScoreEvidence.website(url), () -> VETO + "首页不更新（最新信息日期" + newest + "，已" + age + "天无新信息，超过" + maxDays
                + "天；证据：" + url + "；请及时发布新信息）");
    }

    /** {@code broken_links}: full points with none broken, minus {@code params.perLink} (10%) of the weight per broken link. */
    static IndicatorScore brokenLinks(Judging j) {
        WebsiteFacts w = j.facts().website();
        if (w.linksChecked() == 0) {
            return j.unmet(() -> "公开栏目链接尚未检查");
        }
        double perLink = j.number("perLink", 0.1);
        double points = Math.max(0, j.weight() * (1 - perLink * w.linksBroken()));
        IndicatorStatus status = w.linksBroken() == 0 ? IndicatorStatus.met_on_time
                : Judging.unmetStatus(j.milestone(), j.asOf());
        String reason = !j.facts().explain ? "" : w.linksBroken() == 0
                ? "检查链接" + w.linksChecked() + "个，无错链"
                : "检查链接" + w.linksChecked() + "个，错链" + w.linksBroken() + "个（如 "
                        + w.firstBrokenLink().orElse("") + "；请修复或删除错链）";
        return j.result(status, points, null, 0, ScoreEvidence.none(), reason);
    }

    /** {@code apply_online}: an online application form or application page was found. */
    static IndicatorScore applyOnline(Judging j) {
        WebsiteFacts w = j.facts().website();
        if (!w.applyOnline()) {
            return j.unmet(() -> "未找到网上依申请公开渠道（申请表或在线申请页面）");
        }
        String url = w.applyOnlineUrl().orElse("");
        return j.result(IndicatorStatus.met_on_time, j.weight(), j.asOf(), 0, ScoreEvidence.website(url),
                j.facts().explain ? "网上依申请公开渠道：" + url : "");
    }

    /**
     * {@code annual_report_crawled}: the crawled report on {@code params.year} (default the year
     * before the deadline's), on time by the deadline, late at the late share, cut by
     * {@code params.perPart} (0.2) per missing part. A report on another year is missing; one
     * whose year could not be read counts, said so.
     */
    static IndicatorScore annualReport(Judging j) {
        WebsiteFacts w = j.facts().website();
        Optional<WebsiteFacts.AnnualReport> found = w.annualReport();
        if (found.isEmpty()) {
            return j.unmet(() -> "公开栏目中未找到政府信息公开工作年度报告");
        }
        WebsiteFacts.AnnualReport report = found.get();
        LocalDate deadline = j.milestone().deadline();
        int year = (int) Math.round(j.number("year", deadline == null ? j.asOf().getYear() - 1 : deadline.getYear() - 1));
        if (report.year().isPresent() && report.year().get() != year) {
            return j.unmet(() -> "未找到" + year + "年度报告（公开栏目中最新的年度报告为" + report.year().get() + "年度："
                    + report.url() + "）");
        }
        LocalDate publishedOn = report.publishedOn().orElse(j.asOf());
        double perPart = j.number("perPart", 0.2);
        IndicatorScore met = j.met(publishedOn, ScoreEvidence.website(report.url()),
                (daysLate, points) -> (report.year().isPresent() ? year + "年度报告" : "年度报告（未能识别报告年度）")
                        + report.url() + "，公布于" + publishedOn
                        + (daysLate > 0 ? "，逾期" + daysLate + "天" : "，按时")
                        + (report.partsMissing() > 0 ? "，缺少" + report.partsMissing() + "项必备内容" : ""));
        double points = met.points() * Math.max(0, 1 - perPart * report.partsMissing());
        return j.result(met.status(), points, publishedOn, met.daysLate(), met.evidence(), met.reasonZh());
    }

    private static IndicatorScore veto(Judging j, java.util.function.Supplier<String> reason) {
        return veto(j, ScoreEvidence.none(), reason);
    }

    /** A veto item with the page that shows it (the newest item of a stale homepage). */
    private static IndicatorScore veto(Judging j, ScoreEvidence evidence, java.util.function.Supplier<String> reason) {
        return j.result(IndicatorStatus.not_met, 0, null, 0, evidence, j.facts().explain ? reason.get() : "");
    }
}
