package dev.ogi.server.bulletins;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.Milestone;
import dev.ogi.server.AppContext;
import io.dropwizard.core.setup.Environment;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulletins wired together: the service, the outbox sender, the API and the schedules (every
 * Monday 09:00 while the campaign runs, and the day after each deadline).
 */
public record BulletinFeature(AppContext context) {

    private static final Logger LOG = LoggerFactory.getLogger(BulletinFeature.class);
    public static final String ISSUE_JOB = "bulletins-issue";
    public static final String AFTER_DEADLINE_JOB = "bulletins-after-deadline";
    public static final String OUTBOX_JOB = "bulletins-outbox";

    public void register(Environment environment) {
        environment.jersey().register(new BulletinResource(context.bulletins(), context.asOf(), this::sendSoon));
        BulletinsConfiguration configuration = context.configuration().getBulletins();
        context.scheduler().schedule(ISSUE_JOB, configuration.getSchedule(), () -> issueScheduled(false));
        if (configuration.isAfterDeadlines()) {
            context.scheduler().schedule(AFTER_DEADLINE_JOB, configuration.getAfterDeadlineSchedule(),
                    () -> issueScheduled(true));
        }
        context.scheduler().schedule(OUTBOX_JOB, configuration.getOutboxSchedule(), () -> {
            context.outbox().sendDue();
            context.alertMailer().sendDue();
        });
    }

    /** Sends new copies at once rather than at the outbox's next tick (when the scheduler runs). */
    private void sendSoon() {
        if (context.outbox().isEnabled() && context.scheduler().isRunning()) {
            context.scheduler().triggerNow(OUTBOX_JOB);
        }
    }

    /**
     * The scheduled issue: the key is the campaign and the scheduled day (in office time), so a
     * re-fired or doubled trigger finds the bulletin already issued and does nothing.
     */
    void issueScheduled(boolean onlyAfterDeadline) {
        Campaign campaign = context.campaigns().defaultCampaign();
        LocalDate scheduledDay = ZonedDateTime.now(context.clock().withZone(
                dev.ogi.server.scheduling.JobScheduler.OFFICE_TIME_ZONE.toZoneId())).toLocalDate();
        LocalDate asOf = context.asOf().isFixed() ? context.asOf().today() : scheduledDay;
        if (!runs(campaign, asOf)) {
            return;
        }
        if (onlyAfterDeadline && !isDayAfterDeadline(campaign, asOf)) {
            return;
        }
        BulletinService.Issued issued = context.bulletins().issue(asOf, "schedule",
                BulletinService.scheduledKey(campaign.id(), scheduledDay));
        if (issued.created()) {
            sendSoon();
        }
        LOG.info("scheduled bulletin for {}: {} no. {}", scheduledDay, issued.created() ? "issued" : "already issued",
                issued.bulletin().number());
    }

    /** While the campaign runs: from its start to its end. */
    static boolean runs(Campaign campaign, LocalDate day) {
        return !day.isBefore(campaign.start()) && !day.isAfter(campaign.end());
    }

    static boolean isDayAfterDeadline(Campaign campaign, LocalDate day) {
        return campaign.milestones().stream().map(Milestone::deadline).filter(Objects::nonNull)
                .anyMatch(deadline -> deadline.plusDays(1).equals(day));
    }
}
