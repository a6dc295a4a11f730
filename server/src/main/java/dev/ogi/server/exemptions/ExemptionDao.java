package dev.ogi.server.exemptions;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Exemption history: appended, never changed. */
@RegisterConstructorMapper(Exemption.class)
public interface ExemptionDao {

    String COLUMNS = "id, campaign_id, unit_code, indicator_id, action, reason, created_by, created_at";

    @SqlUpdate("INSERT INTO exemptions (campaign_id, unit_code, indicator_id, action, reason, created_by, created_at)"
            + " VALUES (:campaignId, :unitCode, :indicatorId, :action, :reason, :createdBy, :createdAt)")
    void append(@BindMethods Exemption exemption);

    /** A unit's history, newest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM exemptions WHERE campaign_id = :campaign AND unit_code = :unit"
            + " ORDER BY id DESC")
    List<Exemption> forUnit(@Bind("campaign") String campaignId, @Bind("unit") String unitCode);

    /** The row in force for each unit and indicator (the newest), exemptions only. */
    @SqlQuery("SELECT " + COLUMNS + " FROM exemptions e WHERE campaign_id = :campaign AND action = 'set'"
            + " AND id = (SELECT max(id) FROM exemptions l WHERE l.campaign_id = e.campaign_id"
            + " AND l.unit_code = e.unit_code AND l.indicator_id = e.indicator_id) ORDER BY unit_code, indicator_id")
    List<Exemption> inForce(@Bind("campaign") String campaignId);
}
