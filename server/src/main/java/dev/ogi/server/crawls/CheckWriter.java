package dev.ogi.server.crawls;

import dev.ogi.crawlers.model.Evidence;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.server.core.Instants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns one site's crawl result into its stored check: the {@code site_checks} row, its evidence and
 * its website facts, all or nothing; a site that failed carries its last good findings over
 * ({@code carried_over = 1}) until it has failed {@code failuresBeforeMissing} rounds in a row.
 * A round holds one check per unit: writing a unit the round already has stores nothing.
 */
record CheckWriter(CrawlDao dao, Clock clock, int failuresBeforeMissing) {

    /** Whether a result counts among the round's errors. */
    static boolean isError(SiteResult result) {
        return !result.reachable() || result.error() != null;
    }

    /**
     * Stores a result in a round; with {@code counted}, the round's counters (units done, pages,
     * errors) move in the same transaction, so a unit is counted exactly when its check is stored.
     *
     * @return whether it was stored (false: the round already had this unit's check)
     */
    boolean write(long roundId, LocalDate asOf, Instant roundStartedAt, SiteResult result, boolean counted) {
        Optional<SiteCheck> last = dao.lastCheck(result.code());
        List<EvidenceRow> evidence = new ArrayList<>();
        SiteCheck check = toCheck(roundId, asOf, roundStartedAt, result, last, evidence);
        Optional<CrawlDao.WebsiteFacts> website = websiteFacts(result, check, last);
        return counted
                ? dao.insertCounted(check, evidence, website, Math.max(0, result.pagesFetched()), isError(result) ? 1 : 0)
                : dao.insertCheck(check, evidence, website).isPresent();
    }

    private SiteCheck toCheck(long roundId, LocalDate roundAsOf, Instant roundStartedAt, SiteResult r,
            Optional<SiteCheck> last, List<EvidenceRow> evidence) {
        String asOf = roundAsOf.toString();
        String started = instant(r.startedAt(), roundStartedAt);
        String finished = instant(r.finishedAt(), clock.instant());
        evidence.add(new EvidenceRow(0, 0, "homepage", r.homepage() == null ? "" : r.homepage(), null, started, null, null, null,
                r.reachable()
                        ? "首页可以访问；本次共请求 " + r.pagesFetched() + " 次" + (r.error() == null ? "" : "；问题：" + r.error())
                        : "首页无法访问：" + (r.error() == null ? "未知原因" : r.error())));
        SiteCheck.Builder attempt = SiteCheck.builder().roundId(roundId).unitCode(r.code()).asOf(asOf)
                .startedAt(started).finishedAt(finished).homepage(r.homepage()).error(r.error())
                .robotsBlocked(r.robotsBlocked()).pagesFetched(r.pagesFetched());
        if (r.reachable()) {
            r.guide().evidence().ifPresent(e -> evidence.add(row("guide", e)));
            r.catalogue().evidence().ifPresent(e -> evidence.add(row("catalogue", e)));
            r.website().applyOnline().evidence().ifPresent(e -> evidence.add(row("applyOnline", e)));
            r.website().annualReport().evidence().ifPresent(e -> evidence.add(row("annualReport", e)));
            return attempt.reachable(true).ogiColumn(r.ogiColumnOnHomepage())
                    .guideFound(r.guide().found()).guideUrl(r.guide().url())
                    .guideUnderConstruction(r.guide().underConstruction()).guideElements(codes(r.guide().elements()))
                    .catalogueFound(r.catalogue().found()).catalogueUrl(r.catalogue().url())
                    .catalogueUnderConstruction(r.catalogue().underConstruction())
                    .catalogueEntries(r.catalogue().entries()).catalogueFields(codes(r.catalogue().fields()))
                    .build();
        }
        int failures = last.map(SiteCheck::consecutiveFailures).orElse(0) + 1;
        boolean carry = last.isPresent() && (last.get().reachable() || last.get().carriedOver()) && failures < failuresBeforeMissing;
        if (carry) {
            SiteCheck good = last.get();
            for (EvidenceRow e : dao.evidenceOf(List.of(good.id()))) {
                if (!e.kind().equals("homepage")) {
                    evidence.add(new EvidenceRow(0, 0, e.kind(), e.url(), e.httpStatus(), e.fetchedAt(), e.contentHash(), e.title(),
                            e.excerpt(), prefixed("网站本次无法访问（连续第 " + failures + " 次），沿用 " + good.asOf() + " 检查的结果：", e.reason())));
                }
            }
            // what the site showed last time stands, dated and attributed to this round
            return good.carriedInto(roundId, asOf, started, finished, r.homepage(), r.error(), r.pagesFetched(), failures);
        }
        return attempt.consecutiveFailures(failures).build();
    }

    /** The website facts of a result; a carried-over check keeps the last good check's. */
    private Optional<CrawlDao.WebsiteFacts> websiteFacts(SiteResult r, SiteCheck check, Optional<SiteCheck> last) {
        if (r.reachable()) {
            return Optional.of(new CrawlDao.WebsiteFacts(WebsiteCheck.of(0, r.website()), WebsiteCheck.columns(r.website()),
                    WebsiteCheck.broken(r.website())));
        }
        return check.carriedOver() && last.isPresent() ? dao.websiteFacts(last.get().id()) : Optional.empty();
    }

    private static String prefixed(String prefix, String reason) {
        return prefix + (reason == null ? "" : reason);
    }

    private static EvidenceRow row(String kind, Evidence e) {
        return new EvidenceRow(0, 0, kind, e.url(), e.httpStatus(), e.fetchedAt() == null ? null : Instants.text(e.fetchedAt()),
                e.contentHash(), e.title(), e.excerpt(), e.reason());
    }

    private static String instant(Instant value, Instant fallback) {
        return Instants.text(value == null ? fallback : value);
    }

    static String codes(Set<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
