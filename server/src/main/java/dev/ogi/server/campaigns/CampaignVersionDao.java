package dev.ogi.server.campaigns;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Records every distinct campaign file content the service has loaded. */
public interface CampaignVersionDao {

    @SqlUpdate("INSERT INTO campaign_versions (campaign_id, content_hash, weights_version, first_loaded_at, content_json) "
            + "VALUES (:id, :hash, :weightsVersion, :at, :json) ON CONFLICT (campaign_id, content_hash) DO NOTHING")
    void record(@Bind("id") String campaignId, @Bind("hash") String contentHash,
            String weightsVersion, @Bind("at") String loadedAt, @Bind("json") String contentJson);
}
