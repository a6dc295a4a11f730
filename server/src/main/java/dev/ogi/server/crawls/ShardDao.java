package dev.ogi.server.crawls;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The shards of rounds shared by a cluster ({@code crawl_shards}, V62). */
@RegisterConstructorMapper(ShardDao.ShardRow.class)
public interface ShardDao {

    /** One stored shard: the units it checks, and who finished it when. */
    record ShardRow(long roundId, int shard, String unitCodes, int hosts, String node, String finishedAt) {
        public List<String> codes() {
            return unitCodes.isEmpty() ? List.of() : List.of(unitCodes.split(","));
        }
    }

    @SqlUpdate("INSERT INTO crawl_shards (round_id, shard, unit_codes, hosts) VALUES (:roundId, :shard, :unitCodes, :hosts)")
    void insert(long roundId, int shard, String unitCodes, int hosts);

    @SqlQuery("SELECT round_id, shard, unit_codes, hosts, node, finished_at FROM crawl_shards "
            + "WHERE round_id = :roundId AND shard = :shard")
    Optional<ShardRow> find(long roundId, int shard);

    @SqlQuery("SELECT round_id, shard, unit_codes, hosts, node, finished_at FROM crawl_shards WHERE round_id = :roundId "
            + "ORDER BY shard")
    List<ShardRow> ofRound(long roundId);

    /** The units a round already has a check of (a re-run shard skips them). */
    @SqlQuery("SELECT unit_code FROM site_checks WHERE round_id = :roundId")
    List<String> checkedUnits(long roundId);

    @SqlUpdate("UPDATE crawl_shards SET node = :node, finished_at = :at WHERE round_id = :roundId AND shard = :shard "
            + "AND finished_at IS NULL")
    int finish(long roundId, int shard, String node, String at);

    @SqlQuery("SELECT count(*) FROM crawl_shards WHERE round_id = :roundId AND finished_at IS NULL")
    int unfinished(long roundId);

    /** Ends the round once, whichever node's shard ends last; 1 for the node that did. */
    @SqlUpdate("UPDATE crawl_rounds SET status = 'finished', finished_at = :at WHERE id = :roundId AND status = 'running'")
    int finishRound(long roundId, String at);

    @SqlUpdate("UPDATE crawl_rounds SET status = 'failed', finished_at = :at, failure = :failure "
            + "WHERE id = :roundId AND status = 'running'")
    int failRound(long roundId, String at, String failure);

    /** A unit whose check could not be stored is still done (and an error) in its round, at most once per unit. */
    @SqlUpdate("UPDATE crawl_rounds SET units_done = LEAST(units_done + 1, units_total), errors = errors + 1 WHERE id = :roundId")
    void countFailure(long roundId);
}
