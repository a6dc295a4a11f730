package dev.ogi.server.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.server.demo.BulletinsDemoStep;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulletinScheduleTest {

    private final Campaign campaign = BulletinFixture.campaigns().defaultCampaign();

    @Test
    void theDemoTimelineIsEveryMondayPlusTheDayAfterEachDeadline() {
        List<LocalDate> days = BulletinsDemoStep.scheduledDays(campaign, BulletinsDemoStep.FIRST, BulletinsDemoStep.LAST);

        assertThat(days).first().isEqualTo(LocalDate.of(2007, 9, 24));
        assertThat(days).last().isEqualTo(LocalDate.of(2008, 3, 10));
        // day after 10-10, 10-31, 12-31, 01-31, 02-29 (10-01 is a Monday anyway)
        assertThat(days).contains(LocalDate.of(2007, 10, 1), LocalDate.of(2007, 10, 11), LocalDate.of(2007, 11, 1),
                LocalDate.of(2008, 1, 1), LocalDate.of(2008, 2, 1), LocalDate.of(2008, 3, 1));
        long mondays = days.stream().filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(mondays).isEqualTo(25);
        assertThat(days).hasSize(30).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theDayAfterADeadlineIsRecognisedAndOtherDaysAreNot() {
        assertThat(BulletinFeature.isDayAfterDeadline(campaign, LocalDate.of(2007, 11, 1))).isTrue();
        assertThat(BulletinFeature.isDayAfterDeadline(campaign, LocalDate.of(2007, 10, 31))).isFalse();
    }

    @Test
    void theScheduleRunsOnlyWhileTheCampaignRuns() {
        assertThat(BulletinFeature.runs(campaign, LocalDate.of(2007, 9, 18))).isFalse();
        assertThat(BulletinFeature.runs(campaign, LocalDate.of(2007, 9, 24))).isTrue();
        assertThat(BulletinFeature.runs(campaign, LocalDate.of(2008, 5, 2))).isFalse();
    }

    @Test
    void theScheduledKeyIsTheCampaignAndTheDay() {
        assertThat(BulletinService.scheduledKey("ogi-2007", LocalDate.of(2007, 11, 5))).isEqualTo("ogi-2007/2007-11-05");
    }
}
