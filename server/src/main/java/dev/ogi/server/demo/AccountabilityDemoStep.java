package dev.ogi.server.demo;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.server.AppContext;
import dev.ogi.server.appeals.Appeal;
import dev.ogi.server.appeals.AppealService;
import dev.ogi.server.auth.User;
import dev.ogi.server.exemptions.ExemptionService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appeals and exemptions over the demo's crawl history, so their pages show something: three
 * units dispute an unmet crawled indicator (the office upholds one, revises one, the third waits),
 * and two provincial departments without sites of their own are exempted from site availability.
 * Alerts and the frozen standings come from the crawl rounds themselves.
 */
public final class AccountabilityDemoStep implements DemoStep {

    private static final User OFFICE = new User("office", User.OFFICE, Optional.empty());
    private static final List<String> CRAWLED = List.of("guide_published", "catalogue_published", "ogi_column");

    @Override
    public String name() {
        return "申诉与不适用认定";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        if (!context.appeals().queue(Optional.empty()).isEmpty()) {
            log.info("申诉：已有演示数据，跳过");
            return;
        }
        Campaign campaign = context.campaigns().defaultCampaign();
        List<UnitScore> scores = context.scores().scores(campaign, context.asOf().today());
        List<IndicatorScore> disputed = new ArrayList<>();
        List<String> disputers = new ArrayList<>();
        for (UnitScore score : scores) {
            if (disputers.size() == 3) {
                break;
            }
            score.indicators().stream().filter(i -> CRAWLED.contains(i.indicatorId()) && !i.status().isMet()
                    && i.status().applies()).findFirst().ifPresent(i -> {
                        disputed.add(i);
                        disputers.add(score.unit().code());
                    });
        }
        String[] reasons = {"本单位公开指南已在政府网站信息公开专栏发布，检查可能未能识别", "本单位网站改版后栏目地址变更，相关页面仍可访问",
            "本单位已在首页底部设置信息公开入口"};
        for (int n = 0; n < disputers.size(); n++) {
            String code = disputers.get(n);
            Appeal appeal = context.appeals().file(new User(code, User.UNIT, Optional.of(code)), code,
                    new AppealService.AppealRequest(disputed.get(n).indicatorId(), reasons[n], null));
            if (n == 0) {
                context.appeals().decide(OFFICE, appeal.id(), new AppealService.DecisionRequest("uphold",
                        "经复核，申诉所指页面为工作动态，不是公开指南，维持原检查结果", null, null));
            } else if (n == 1) {
                context.appeals().decide(OFFICE, appeal.id(), new AppealService.DecisionRequest("revise",
                        "经人工核实，相关页面在新栏目下可以访问，予以改判", "met_late", null));
            }
        }
        int exempted = 0;
        for (UnitScore score : scores) {
            if (exempted == 2) {
                break;
            }
            if ("省直部门".equals(score.unit().group())) {
                context.exemptions().rule(OFFICE, score.unit().code(), new ExemptionService.ExemptionRequest(
                        "site_availability", "本部门无独立网站，政府信息由省政府门户网站部门栏目统一公开", null, null));
                exempted++;
            }
        }
        log.info("申诉：" + disputers.size() + " 件（维持 1 件、改判 1 件、待办 1 件）；不适用认定 " + exempted + " 项");
    }
}
