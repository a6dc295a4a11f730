package dev.ogi.server.demo;

import dev.ogi.server.bulletins.BulletinService;
import dev.ogi.server.bulletins.OutboxSender;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.AppContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Issues the bulletins the schedule would have issued over the demo's timeline (every Monday and
 * the day after each deadline, 2007-09-24 to 2008-03-10), each judged as of its own day from the
 * crawl history the crawl demo wrote before it. Mail goes out only when mail is configured.
 */
public final class BulletinsDemoStep implements DemoStep {

    public static final LocalDate FIRST = LocalDate.of(2007, 9, 24);
    public static final LocalDate LAST = LocalDate.of(2008, 3, 10);

    @Override
    public String name() {
        return "通报";
    }

    @Override
    public void run(AppContext context, DemoLog log) {
        Campaign campaign = context.campaigns().defaultCampaign();
        List<LocalDate> days = scheduledDays(campaign, FIRST, LAST);
        int issued = 0;
        for (LocalDate day : days) {
            BulletinService.Issued result = context.bulletins().issue(day, "demo",
                    BulletinService.scheduledKey(campaign.id(), day));
            if (result.created()) {
                issued++;
            }
        }
        log.info("通报：按计划日期生成 " + issued + " 期（共 " + days.size() + " 个发布日）");
        if (context.outbox().isEnabled()) {
            OutboxSender.RunResult sent = context.outbox().sendDue();
            log.info("通报邮件：发送 " + sent.sent() + " 封，失败 " + sent.failed() + " 封");
        }
    }

    /** Every Monday and every day after a deadline from {@code first} to {@code last}, in order. */
    public static List<LocalDate> scheduledDays(Campaign campaign, LocalDate first, LocalDate last) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                days.add(day);
            }
        }
        campaign.milestones().stream().map(Milestone::deadline).filter(Objects::nonNull)
                .map(d -> d.plusDays(1))
                .filter(d -> !d.isBefore(first) && !d.isAfter(last))
                .forEach(days::add);
        return List.copyOf(days);
    }
}
