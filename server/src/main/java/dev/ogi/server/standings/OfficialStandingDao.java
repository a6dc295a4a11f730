package dev.ogi.server.standings;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Frozen standings: inserted once (a second freeze of the same occasion is ignored), never changed. */
@RegisterConstructorMapper(OfficialStanding.class)
public interface OfficialStandingDao {

    String COLUMNS = "id, campaign_id, milestone_id, occasion, bulletin_id, as_of, frozen_at, standing";

    @SqlUpdate("INSERT INTO official_standings (campaign_id, milestone_id, occasion, bulletin_id, as_of,"
            + " frozen_at, standing) VALUES (:campaignId, :milestoneId, :occasion, :bulletinId, :asOf, :frozenAt, :standing)"
            + " ON CONFLICT DO NOTHING")
    int insert(@BindMethods OfficialStanding standing);

    @SqlQuery("SELECT count(*) FROM official_standings WHERE campaign_id = :campaign AND occasion = 'deadline'"
            + " AND milestone_id = :milestone")
    int deadlineFrozen(@Bind("campaign") String campaignId, @Bind("milestone") String milestoneId);

    /** Without the standings themselves: the list the office picks from, newest first. */
    @SqlQuery("SELECT id, campaign_id, milestone_id, occasion, bulletin_id, as_of, frozen_at, NULL AS standing"
            + " FROM official_standings WHERE campaign_id = :campaign ORDER BY as_of DESC, id DESC")
    List<OfficialStanding> list(@Bind("campaign") String campaignId);

    /** The milestone's deadline freeze, or else its newest bulletin freeze. */
    @SqlQuery("SELECT " + COLUMNS + " FROM official_standings WHERE campaign_id = :campaign AND milestone_id = :milestone"
            + " ORDER BY CASE occasion WHEN 'deadline' THEN 0 ELSE 1 END, as_of DESC, id DESC LIMIT 1")
    Optional<OfficialStanding> forMilestone(@Bind("campaign") String campaignId, @Bind("milestone") String milestoneId);

    @SqlQuery("SELECT " + COLUMNS + " FROM official_standings WHERE campaign_id = :campaign AND bulletin_id = :bulletin")
    Optional<OfficialStanding> forBulletin(@Bind("campaign") String campaignId, @Bind("bulletin") long bulletinId);
}
