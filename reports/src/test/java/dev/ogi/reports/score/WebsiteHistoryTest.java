package dev.ogi.reports.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A day in the past is judged on that day's website facts: the latest check and probe days at or before it. */
class WebsiteHistoryTest {

    private static WebsiteFacts newest(String day) {
        return new WebsiteFacts(true, Optional.of(LocalDate.parse(day)), Optional.of("http://a.gov.cn/news/" + day + ".html"), 20, 0,
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.of(0.5));
    }

    private static final WebsiteHistory HISTORY = history();

    private static WebsiteHistory history() {
        List<WebsiteHistory.ProbeDay> days = new ArrayList<>();
        for (int d = 1; d <= 20; d++) {
            // all answered in the first ten days of June, 6 of 24 failed each day after
            days.add(new WebsiteHistory.ProbeDay(LocalDate.of(2008, 6, d), 24, d <= 10 ? 0 : 6));
        }
        // given out of order: the history sorts them
        return WebsiteHistory.of(List.of(
                new WebsiteHistory.Check(LocalDate.parse("2008-06-18"), newest("2008-06-01")),
                new WebsiteHistory.Check(LocalDate.parse("2008-05-28"), newest("2008-05-27"))), days);
    }

    @Test
    void theLatestCheckAtOrBeforeTheDayGivesTheFacts() {
        assertThat(HISTORY.asOf(LocalDate.of(2008, 5, 27)).latestUpdate()).isEmpty();
        assertThat(HISTORY.asOf(LocalDate.of(2008, 5, 28)).latestUpdate()).contains(LocalDate.of(2008, 5, 27));
        assertThat(HISTORY.asOf(LocalDate.of(2008, 6, 17)).latestUpdateUrl()).contains("http://a.gov.cn/news/2008-05-27.html");
        assertThat(HISTORY.asOf(LocalDate.of(2008, 6, 18)).latestUpdate()).contains(LocalDate.of(2008, 6, 1));
    }

    @Test
    void availabilityIsTheSevenDaysEndingAtTheLatestProbeDayAtOrBeforeTheDay() {
        assertThat(HISTORY.asOf(LocalDate.of(2008, 5, 31)).availability7d()).isEmpty();
        assertThat(HISTORY.asOf(LocalDate.of(2008, 6, 10)).availability7d()).contains(1.0);
        // June 6-12: 2 days of 6 failures in 7 x 24 probes
        assertThat(HISTORY.asOf(LocalDate.of(2008, 6, 12)).availability7d()).contains((168 - 12) / 168.0);
        // after the last probe day (June 20) the window stays on June 14-20: all 7 days failed 6 of 24
        assertThat(HISTORY.asOf(LocalDate.of(2008, 7, 1)).availability7d()).contains(0.75);
    }

    @Test
    void aPastDayIsScoredOnThatDaysFacts() {
        ScoringEngine engine = new ScoringEngine();
        var campaign = new dev.ogi.reports.campaign.CampaignLoader().loadBuiltIn().stream()
                .filter(c -> c.id().equals("website-2008")).findFirst().orElseThrow();
        UnitFacts unit = new UnitFacts(new UnitInfo("510300", "自贡市人民政府", "自贡市", "市州"), List.of(), List.of(),
                List.of(), List.of(), HISTORY);

        assertThat(engine.score(campaign, unit, LocalDate.of(2008, 6, 10)).vetoes()).isEmpty();
        assertThat(engine.score(campaign, unit, LocalDate.of(2008, 6, 20)).vetoes()).extracting(IndicatorScore::indicatorId)
                .containsExactly("site_reachable", "homepage_fresh");
        // the trend's per-day totals take each day's facts too: reachable 25 + fresh 25 (14 days old) + no
        // broken link 15 on June 10; only the links' 15 on June 20
        double[] totals = engine.totals(campaign, unit, List.of(LocalDate.of(2008, 6, 10), LocalDate.of(2008, 6, 20)));
        assertThat(totals).containsExactly(65.0, 15.0);
    }
}
