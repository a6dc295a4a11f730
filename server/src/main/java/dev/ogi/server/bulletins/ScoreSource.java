package dev.ogi.server.bulletins;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.UnitScore;
import java.time.LocalDate;
import java.util.List;

/** Where bulletins get every active unit's score as of a day (the scores feature). */
@FunctionalInterface
public interface ScoreSource {

    List<UnitScore> scores(Campaign campaign, LocalDate asOf);
}
