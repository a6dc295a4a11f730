package dev.ogi.server.crawls;

import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.Instants;
import dev.ogi.server.scheduling.JobScheduler;
import dev.ogi.server.units.Unit;
import dev.ogi.server.units.UnitService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rounds shared by the nodes of a cluster (PostgreSQL, Quartz clustered): the round's units are
 * split into shards by host ({@link Shards}), each shard a durable Quartz job that requests
 * recovery, run by whichever node takes it. A shard stores each unit's check as it finishes and
 * counts it in the round in the same transaction; a shard that runs again (on another node, after
 * its node died or stopped) skips the units already stored, and the database keeps one check per
 * unit and round. The node whose shard ends last finishes the round, once.
 */
public final class ShardedRounds {

    static final String HANDLER = "crawl-shard";
    static final String GROUP = "crawl-shards";
    private static final Logger LOG = LoggerFactory.getLogger(ShardedRounds.class);

    private final CrawlService crawls;
    private final JobScheduler jobs;
    private final UnitService units;
    private final ShardDao shards;
    private final Clock clock;
    private final int shardCount;

    public ShardedRounds(CrawlService crawls, JobScheduler jobs, UnitService units, Jdbi jdbi, Clock clock, int shardCount) {
        this.crawls = crawls;
        this.jobs = jobs;
        this.units = units;
        this.shards = jdbi.onDemand(ShardDao.class);
        this.clock = clock;
        this.shardCount = shardCount;
        jobs.handle(HANDLER, this::runShard);
    }

    /** Stores the round and its shards and hands the shards to the cluster; 409 while a round runs on any node. */
    public CrawlRound start(String trigger, LocalDate asOf, List<Unit> roundUnits) {
        long roundId;
        try {
            roundId = crawls.dao().insertRound(Instants.text(clock.instant()), asOf.toString(), trigger, roundUnits.size());
        } catch (UnableToExecuteStatementException e) {
            Optional<CrawlRound> running = crawls.dao().rounds(1).stream().filter(r -> CrawlRound.RUNNING.equals(r.status())).findFirst();
            throw DomainException.conflict("已有一轮网站检查正在进行" + running.map(r -> "（第 " + r.id() + " 轮，已完成 "
                    + r.unitsDone() + "/" + r.unitsTotal() + " 个单位）").orElse("") + "，请等它结束后再试");
        }
        // the shards of earlier rounds are done with (only one round runs at a time)
        jobs.deleteGroup(GROUP);
        List<Shards.Shard> split = Shards.split(roundUnits, shardCount);
        for (Shards.Shard shard : split) {
            shards.insert(roundId, shard.number(), shard.units().stream().map(Unit::code).collect(Collectors.joining(",")),
                    shard.hosts());
        }
        if (split.isEmpty()) {
            finishIfLast(roundId, asOf);
        }
        for (Shards.Shard shard : split) {
            jobs.submitRecoverable(GROUP, "round-" + roundId + "-shard-" + shard.number(), HANDLER,
                    Map.of("roundId", Long.toString(roundId), "shard", Integer.toString(shard.number())));
        }
        LOG.info("round {}: {} units in {} shards handed to the cluster", roundId, roundUnits.size(), split.size());
        return crawls.dao().round(roundId).orElseThrow();
    }

    /** One shard, on this node: the units the round has no check of yet, crawled and stored one by one. */
    void runShard(Map<String, String> data, boolean recovering) {
        long roundId = Long.parseLong(data.get("roundId"));
        int number = Integer.parseInt(data.get("shard"));
        CrawlRound round = crawls.dao().round(roundId).orElse(null);
        ShardDao.ShardRow shard = shards.find(roundId, number).orElse(null);
        if (round == null || shard == null || !CrawlRound.RUNNING.equals(round.status()) || shard.finishedAt() != null) {
            return;
        }
        Set<String> done = new HashSet<>(shards.checkedUnits(roundId));
        Set<String> wanted = new HashSet<>(shard.codes());
        List<Unit> todo = units.list(true).stream().filter(u -> wanted.contains(u.code()) && !done.contains(u.code())).toList();
        LOG.info("round {} shard {} on node {}: {} of {} units to check{}", roundId, number, jobs.nodeName(), todo.size(),
                wanted.size(), recovering ? " (recovered from a node that died)" : "");
        LocalDate asOf = LocalDate.parse(round.asOf());
        Instant startedAt = Instant.parse(round.startedAt());
        Set<String> stored = ConcurrentHashMap.newKeySet();
        CrawlListener listener = new CrawlListener() {
            @Override
            public void siteFinished(SiteResult result) {
                store(roundId, asOf, startedAt, result, stored);
            }
        };
        try {
            List<SiteResult> results = crawls.defaultEngine().crawl(targets(todo), listener);
            for (SiteResult result : results) {
                store(roundId, asOf, startedAt, result, stored);
            }
        } catch (RuntimeException e) {
            if (!crawls.isStopping()) {
                LOG.error("round {} shard {} failed", roundId, number, e);
                shards.failRound(roundId, Instants.text(clock.instant()), "第 " + number + " 组单位的检查中途出错（已写入的结果保留）：" + e);
                return;
            }
        }
        if (crawls.isStopping()) {
            // cut off by this node stopping: another node takes the shard over and checks what is left
            LOG.info("round {} shard {} handed over: this node is stopping", roundId, number);
            jobs.handOver(org.quartz.JobKey.jobKey(data.get(JobScheduler.JOB_NAME_KEY), data.get(JobScheduler.JOB_GROUP_KEY)));
            return;
        }
        shards.finish(roundId, number, jobs.nodeName(), Instants.text(clock.instant()));
        finishIfLast(roundId, asOf);
    }

    private void store(long roundId, LocalDate asOf, Instant startedAt, SiteResult result, Set<String> stored) {
        // a site cut off by the node stopping was not checked: the shard's next run checks it
        if (result == null || crawls.isStopping() || !stored.add(result.code())) {
            return;
        }
        try {
            crawls.writer().write(roundId, asOf, startedAt, result, true);
        } catch (RuntimeException e) {
            LOG.error("the check of unit {} in round {} could not be stored", result.code(), roundId, e);
            shards.countFailure(roundId);
        }
    }

    /** Called after this node's shard is marked finished (committed): the last one finishes the round. */
    private void finishIfLast(long roundId, LocalDate asOf) {
        if (shards.unfinished(roundId) == 0 && shards.finishRound(roundId, Instants.text(clock.instant())) == 1) {
            LOG.info("round {} finished on node {}", roundId, jobs.nodeName());
            crawls.afterFinished(roundId, asOf);
        }
    }

    private static List<SiteTarget> targets(List<Unit> units) {
        return units.stream().map(CrawlService::target).toList();
    }
}
