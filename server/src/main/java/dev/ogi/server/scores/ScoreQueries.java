package dev.ogi.server.scores;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.rank.MilestoneProgress;
import dev.ogi.reports.rank.Progress;
import dev.ogi.reports.rank.Ranking;
import dev.ogi.reports.rank.RankingRow;
import dev.ogi.reports.rank.Rankings;
import dev.ogi.reports.rank.ScorePoint;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.server.campaigns.CampaignRegistry;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.core.AsOfClock;
import dev.ogi.server.scores.ScoreViews.Basis;
import dev.ogi.server.scores.ScoreViews.GroupRanking;
import dev.ogi.server.scores.ScoreViews.ProgressResponse;
import dev.ogi.server.scores.ScoreViews.RankRow;
import dev.ogi.server.scores.ScoreViews.RankingsResponse;
import dev.ogi.server.scores.ScoreViews.ReadinessPoint;
import dev.ogi.server.scores.ScoreViews.ScoresResponse;
import dev.ogi.server.scores.ScoreViews.UnitHistoryResponse;
import dev.ogi.server.scores.ScoreViews.UnitScoreResponse;
import dev.ogi.server.scores.ScoreViews.UnitSummary;
import dev.ogi.reports.rank.UnitGroup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the score endpoints answer, apart from HTTP: scores, rankings and progress read from the
 * cached snapshots. The endpoints are small root resources, each on its own path, so that
 * {@code /units/{code}/score} never competes with the registry's {@code /units} resource.
 */
public record ScoreQueries(ScoreService scores, CampaignRegistry campaigns, AsOfClock asOfClock, ObjectMapper json) {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ScoresResponse all(String asOfParameter, String campaignId) {
        ScoreSnapshot snapshot = snapshot(campaignId, asOfParameter);
        Map<String, Integer> ranks = ranks(snapshot);
        List<UnitSummary> units = snapshot.scores().stream()
                .map(s -> new UnitSummary(s.unit().code(), s.unit().name(), s.unit().shortName(), s.unit().group(),
                        s.total(), s.max(), ranks.get(s.unit().code()), s.milestones()))
                .toList();
        return new ScoresResponse(snapshot.asOf(), basis(snapshot), units);
    }

    public UnitScoreResponse unit(String code, String asOfParameter, String campaignId) {
        ScoreSnapshot snapshot = snapshot(campaignId, asOfParameter);
        UnitScore score = require(snapshot, code);
        Ranking ranking = snapshot.rankings().get(score.unit().group());
        Integer rank = ranking == null ? null : ranking.row(code).map(RankingRow::rank).orElse(null);
        return new UnitScoreResponse(snapshot.asOf(), basis(snapshot), code, score.unit().name(), score.unit().shortName(),
                score.unit().group(), score.total(), score.max(), rank, ranking == null ? 0 : ranking.rows().size(),
                score.milestones(), score.indicators(), vetoes(score));
    }

    public UnitHistoryResponse history(String code, String asOfParameter, String campaignId) {
        ScoreSnapshot snapshot = snapshot(campaignId, asOfParameter);
        UnitScore score = require(snapshot, code);
        double[] series = snapshot.series().get(code);
        List<ScorePoint> points = new ArrayList<>(snapshot.days().size());
        for (int i = 0; i < snapshot.days().size(); i++) {
            points.add(new ScorePoint(snapshot.days().get(i), series[i]));
        }
        return new UnitHistoryResponse(snapshot.asOf(), basis(snapshot), code, score.unit().name(), score.unit().group(),
                points, snapshot.groupAverages().getOrDefault(score.unit().group(), List.of()));
    }

    /**
     * Rankings of one group (or of every group), with the change since the previous crawl round
     * (or since the day given as {@code since}) and each unit's series. Served from the cached
     * snapshot as ready-made bytes (gzipped once), with a weak ETag: a client sending it back in
     * {@code If-None-Match} gets a 304 while the snapshot is unchanged.
     */
    public Response rankings(RankingsQuery query, String acceptEncoding, String ifNoneMatch) {
        ScoreSnapshot snapshot = snapshot(query.campaign(), query.asOf());
        Optional<String> group = group(query.group());
        Optional<LocalDate> since = since(query.since(), snapshot.asOf());
        int points = sparklinePoints(query.points(), snapshot.days().size());
        RowPage page = RowPage.parse(query.offset(), query.limit());
        String key = "rankings|" + group.orElse("*") + "|" + since.map(LocalDate::toString).orElse("") + "|" + points
                + "|" + page.offset() + "|" + page.limit();
        byte[] body = cached(snapshot, key, () -> encode(rankingsResponse(snapshot, group, since, points, page)));
        String etag = new String(cached(snapshot, key + "|etag", () -> etag(body)), StandardCharsets.US_ASCII);
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Vary", "Accept-Encoding")
                    .header("Cache-Control", REVALIDATE).build();
        }
        Response.ResponseBuilder response = Response.ok().type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Vary", "Accept-Encoding").header("ETag", etag).header("Cache-Control", REVALIDATE);
        if (acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            // compressed once per snapshot rather than by the server's gzip filter on every request
            byte[] gzipped = cached(snapshot, key + "|gzip", () -> gzip(body));
            return response.entity(gzipped).header("Content-Encoding", "gzip").build();
        }
        return response.entity(body).build();
    }

    /** Kept by the browser but asked again each time (with If-None-Match): one account's view. */
    private static final String REVALIDATE = "private, no-cache";

    /** Encoded bodies a snapshot keeps at most: pages are many, and a client chooses them. */
    private static final int MAX_ENCODED = 512;

    private static byte[] cached(ScoreSnapshot snapshot, String key, java.util.function.Supplier<byte[]> encode) {
        byte[] found = snapshot.encoded().get(key);
        if (found != null) {
            return found;
        }
        if (snapshot.encoded().size() >= MAX_ENCODED) {
            return encode.get();
        }
        return snapshot.encoded().computeIfAbsent(key, k -> encode.get());
    }

    private static byte[] etag(byte[] body) {
        return ("W/\"" + dev.ogi.crawlers.fetch.Hashes.sha256Hex(body).substring(0, 24) + "\"")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public Response rankingsWorkbook(String groupParameter, String asOfParameter, String sinceParameter,
            String campaignId) {
        ScoreSnapshot snapshot = snapshot(campaignId, asOfParameter);
        Optional<String> group = group(groupParameter);
        Optional<LocalDate> since = since(sinceParameter, snapshot.asOf());
        RankingsResponse response = rankingsResponse(snapshot, group, since, 0, RowPage.ALL);
        byte[] workbook = RankingWorkbook.write(snapshot, response);
        String fileName = "排名-" + snapshot.asOf() + ".xlsx";
        return Response.ok(workbook, XLSX)
                .header("Content-Disposition", "attachment; filename=\"rankings-" + snapshot.asOf() + ".xlsx\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    public ProgressResponse progress(String asOfParameter, String campaignId) {
        ScoreSnapshot snapshot = snapshot(campaignId, asOfParameter);
        Progress progress = snapshot.progress();
        double max = snapshot.campaign().maxPoints();
        List<ReadinessPoint> overTime = snapshot.overall().stream()
                .map(p -> new ReadinessPoint(p.asOf(), p.score(), max <= 0 ? 0 : Math.round(p.score() / max * 10000) / 10000.0))
                .toList();
        List<MilestoneProgress> milestones = progress.milestones();
        return new ProgressResponse(snapshot.asOf(), basis(snapshot), progress.units(), progress.averageScore(),
                progress.maxScore(), progress.readiness(), milestones, overTime);
    }

    // --- helpers ---------------------------------------------------------------------------

    ScoreSnapshot snapshot(String campaignId, String asOfParameter) {
        Campaign campaign = campaignId == null || campaignId.isBlank()
                ? campaigns.defaultCampaign() : campaigns.require(campaignId.strip());
        return scores.snapshot(campaign, asOfClock.resolve(asOfParameter));
    }

    static Basis basis(ScoreSnapshot snapshot) {
        Campaign campaign = snapshot.campaign();
        return new Basis(campaign.id(), campaign.weightsVersion(), campaign.contentHash(), campaign.maxPoints());
    }

    /** The unit's veto items (单项否决), by indicator id. */
    private static List<String> vetoes(UnitScore score) {
        return score == null ? List.of() : score.vetoes().stream().map(IndicatorScore::indicatorId).toList();
    }

    private static UnitScore require(ScoreSnapshot snapshot, String code) {
        UnitScore score = snapshot.byCode().get(code);
        if (score == null) {
            throw DomainException.notFound("单位 " + code + " 不存在或已停用，没有得分");
        }
        return score;
    }

    private static Map<String, Integer> ranks(ScoreSnapshot snapshot) {
        Map<String, Integer> ranks = new HashMap<>();
        snapshot.rankings().values().forEach(r -> ranks.putAll(r.ranksByCode()));
        return ranks;
    }

    static Optional<String> group(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(UnitGroup.parse(parameter).map(UnitGroup::label)
                .orElseThrow(() -> DomainException.invalid("参数 group 无效：\"" + parameter + "\"，应为 "
                        + UnitGroup.labels() + " 之一")));
    }

    private Optional<LocalDate> since(String parameter, LocalDate asOf) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        LocalDate since = AsOfClock.parse(parameter.strip()).orElseThrow(() -> DomainException.invalid(
                "参数 since 不是有效日期：\"" + parameter + "\"，应为 YYYY-MM-DD，例如 2007-11-05"));
        if (!since.isBefore(asOf)) {
            throw DomainException.invalid("参数 since（" + since + "）应早于 asOf（" + asOf + "）");
        }
        return Optional.of(since);
    }

    /** Default sparkline length: enough for a table cell; the full series is at /units/{code}/score/history. */
    static final int DEFAULT_SPARKLINE_POINTS = 30;

    private static int sparklinePoints(String parameter, int rounds) {
        if (parameter == null || parameter.isBlank()) {
            return Math.min(DEFAULT_SPARKLINE_POINTS, rounds);
        }
        if (parameter.strip().equals("all")) {
            return rounds;
        }
        try {
            int points = Integer.parseInt(parameter.strip());
            if (points >= 0) {
                return Math.min(points, rounds);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.invalid("参数 points 无效：\"" + parameter + "\"，应为 0 以上的整数或 all（全部轮次）");
    }

    /** Which of the round days a sparkline of {@code points} points shows: evenly spread, always the last. */
    static int[] sampledRounds(int rounds, int points) {
        int[] indices = new int[points];
        for (int i = 0; i < points; i++) {
            indices[i] = points == 1 ? rounds - 1 : (int) Math.round((double) i * (rounds - 1) / (points - 1));
        }
        return indices;
    }

    private static double[] sample(double[] values, int[] indices) {
        double[] sampled = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            sampled[i] = values.length == 0 ? 0 : values[indices[i]];
        }
        return sampled;
    }

    private RankingsResponse rankingsResponse(ScoreSnapshot snapshot, Optional<String> group, Optional<LocalDate> since,
            int points, RowPage page) {
        int[] sampled = sampledRounds(snapshot.days().size(), points);
        List<String> groups = group.map(List::of).orElseGet(() -> List.copyOf(snapshot.rankings().keySet()));
        Map<String, Integer> sinceRanks = since.map(day -> ranks(scores.snapshot(snapshot.campaign(), day))).orElse(null);
        List<GroupRanking> rankings = new ArrayList<>();
        for (String g : groups) {
            Ranking ranking = sinceRanks == null
                    ? snapshot.rankings().getOrDefault(g, new Ranking(g, snapshot.asOf(), List.of()))
                    : Rankings.rank(snapshot.scores(), g, snapshot.asOf(), sinceRanks);
            List<RankRow> rows = page.of(ranking.rows()).stream()
                    .map(r -> new RankRow(r.rank(), r.change().orElse(null), r.previousRank().orElse(null),
                            r.unit().code(), r.unit().name(), r.unit().shortName(), r.total(), r.max(),
                            sample(snapshot.series().get(r.unit().code()), sampled),
                            vetoes(snapshot.byCode().get(r.unit().code()))))
                    .toList();
            double[] average = sample(snapshot.groupAverages().getOrDefault(g, List.of()).stream()
                    .mapToDouble(ScorePoint::score).toArray(), sampled);
            rankings.add(new GroupRanking(g, ranking.rows().size(), average, rows));
        }
        List<LocalDate> days = java.util.Arrays.stream(sampled).mapToObj(snapshot.days()::get).toList();
        return new RankingsResponse(snapshot.asOf(), since.orElse(snapshot.previousAsOf().orElse(null)), basis(snapshot),
                days, snapshot.days().size(), rankings);
    }

    private static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] encode(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ranking cannot be written as JSON: " + e.getMessage(), e);
        }
    }
}
