package dev.ogi.reports.score;

import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.DeclarationType;
import dev.ogi.reports.campaign.Indicator;
import dev.ogi.reports.campaign.Milestone;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores units against a campaign's deadlines and weights. Pure: no I/O, no clock; the same
 * facts and day always give the same score.
 *
 * <p>The rules, by the name an indicator gives in the campaign file:
 * <ul>
 * <li>{@code declaration_approved}: met on the day the earliest approved version of the unit's
 * declaration of {@code params.declarationType} was submitted (a slow review does not make a
 * unit late), counted only once it is approved on or before the day scored.</li>
 * <li>{@code guide_published}, {@code catalogue_published}: met on the as-of day of the first
 * crawl check that found the item; a later failed or carried-over check does not un-meet it.</li>
 * <li>{@code guide_elements} (share of the 9 Article 19 elements), {@code catalogue_fields}
 * (share of the 4 fields), {@code catalogue_entries} (entries / {@code params.target}, capped at
 * 1): measured on the latest check that found the item; they take their item's status and are
 * not cut for lateness (lateness is charged once, on the publication indicator).</li>
 * <li>{@code site_availability}: share of the checks so far that reached the homepage; full
 * points at or above {@code params.minimumShare} (default 0.95), proportional below.</li>
 * <li>{@code ogi_column}: the latest check saw an OGI column linked from the homepage; met on the
 * first check that saw one.</li>
 * </ul>
 * Met after the deadline earns {@link Campaign#lateShare()} of the points. Not met after the
 * deadline is {@code not_met} (0); not met before it is {@code pending} (0). An override in force
 * replaces one indicator's status and points and keeps the computed ones beside them.
 */
public final class ScoringEngine {

    public static final Set<String> RULES = Set.of("declaration_approved", "guide_published", "guide_elements",
            "catalogue_published", "catalogue_fields", "catalogue_entries", "site_availability", "ogi_column");

    private static final int GUIDE_ELEMENTS = GuideElement.values().length;
    private static final int CATALOGUE_FIELDS = CatalogueField.values().length;
    private static final Comparator<CheckSnapshot> CHECK_ORDER =
            Comparator.comparing(CheckSnapshot::asOf).thenComparingLong(CheckSnapshot::checkId);

    public UnitScore score(Campaign campaign, UnitInfo unit, List<CheckSnapshot> history,
            List<DeclarationFact> declarations, List<Override> overrides, LocalDate asOf) {
        List<CheckSnapshot> sorted = new ArrayList<>(history);
        sorted.sort(CHECK_ORDER);
        return score(campaign, unit, sorted, upTo(sorted, asOf), declarations, overrides, asOf);
    }

    public UnitScore score(Campaign campaign, UnitFacts facts, LocalDate asOf) {
        return score(campaign, facts.unit(), facts.checks(), facts.declarations(), facts.overrides(), asOf);
    }

    /** Every unit's score as of the day, in the order given. */
    public List<UnitScore> scoreAll(Campaign campaign, List<UnitFacts> units, LocalDate asOf) {
        List<UnitScore> scores = new ArrayList<>(units.size());
        for (UnitFacts facts : units) {
            scores.add(score(campaign, facts, asOf));
        }
        return scores;
    }

    /**
     * A unit's total on each of the days (one per crawl round, say), cheaper than full scores:
     * no reasons are worded.
     */
    public double[] totals(Campaign campaign, UnitFacts facts, List<LocalDate> days) {
        List<CheckSnapshot> sorted = new ArrayList<>(facts.checks());
        sorted.sort(CHECK_ORDER);
        double[] totals = new double[days.size()];
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            Facts f = new Facts(sorted, upTo(sorted, day), facts.declarations(), day, false);
            double total = 0;
            for (Milestone milestone : campaign.milestones()) {
                for (Indicator indicator : milestone.indicators()) {
                    total += applyOverride(campaign, milestone, indicator,
                            judge(campaign, milestone, indicator, f), facts.overrides(), day, false).points();
                }
            }
            totals[i] = ZhText.round2(total);
        }
        return totals;
    }

    private UnitScore score(Campaign campaign, UnitInfo unit, List<CheckSnapshot> sorted, int count,
            List<DeclarationFact> declarations, List<Override> overrides, LocalDate asOf) {
        Facts facts = new Facts(sorted, count, declarations, asOf, true);
        List<IndicatorScore> indicators = new ArrayList<>();
        List<MilestoneScore> milestones = new ArrayList<>();
        double total = 0;
        for (Milestone milestone : campaign.milestones()) {
            List<IndicatorScore> own = new ArrayList<>(milestone.indicators().size());
            for (Indicator indicator : milestone.indicators()) {
                IndicatorScore computed = judge(campaign, milestone, indicator, facts);
                IndicatorScore score = applyOverride(campaign, milestone, indicator, computed, overrides, asOf, true);
                own.add(score);
                total += score.points();
            }
            indicators.addAll(own);
            milestones.add(milestoneOf(milestone, own, asOf));
        }
        return new UnitScore(unit, asOf, campaign.id(), campaign.weightsVersion(), campaign.contentHash(),
                ZhText.round2(total), ZhText.round2(campaign.maxPoints()), indicators, milestones);
    }

    /** How many of the sorted checks judged as of a day on or before {@code asOf}. */
    private static int upTo(List<CheckSnapshot> sorted, LocalDate asOf) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).asOf().isAfter(asOf)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** What the history says as of the day, gathered in one pass. */
    private static final class Facts {
        final LocalDate asOf;
        final boolean explain;
        final int checks;
        int reachable;
        CheckSnapshot latest;
        CheckSnapshot firstGuide;
        CheckSnapshot latestGuide;
        CheckSnapshot firstCatalogue;
        CheckSnapshot latestCatalogue;
        CheckSnapshot firstColumn;
        final Map<String, DeclarationFact> approvedByType = new HashMap<>();

        Facts(List<CheckSnapshot> sorted, int count, List<DeclarationFact> declarations, LocalDate asOf,
                boolean explain) {
            this.asOf = asOf;
            this.explain = explain;
            this.checks = count;
            for (int i = 0; i < count; i++) {
                CheckSnapshot check = sorted.get(i);
                latest = check;
                if (check.reachable()) {
                    reachable++;
                }
                if (check.guideFound()) {
                    if (firstGuide == null) {
                        firstGuide = check;
                    }
                    latestGuide = check;
                }
                if (check.catalogueFound()) {
                    if (firstCatalogue == null) {
                        firstCatalogue = check;
                    }
                    latestCatalogue = check;
                }
                if (check.ogiColumn() && firstColumn == null) {
                    firstColumn = check;
                }
            }
            for (DeclarationFact fact : declarations) {
                if (fact.approvedOn() == null || fact.approvedOn().isAfter(asOf)) {
                    continue;
                }
                // the earliest approved version decides when the milestone was met
                approvedByType.merge(fact.typeId(), fact, (a, b) -> a.version() <= b.version() ? a : b);
            }
        }
    }

    private IndicatorScore judge(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        return switch (indicator.rule()) {
            case "declaration_approved" -> declared(campaign, milestone, indicator, f);
            case "guide_published" -> published(campaign, milestone, indicator, f, "公开指南", f.firstGuide,
                    f.firstGuide == null ? null : f.firstGuide.guideUrl(), f.latest != null && !f.latest.guideFound());
            case "catalogue_published" -> published(campaign, milestone, indicator, f, "公开目录", f.firstCatalogue,
                    f.firstCatalogue == null ? null : f.firstCatalogue.catalogueUrl(),
                    f.latest != null && !f.latest.catalogueFound());
            case "guide_elements" -> guideElements(campaign, milestone, indicator, f);
            case "catalogue_fields" -> catalogueFields(campaign, milestone, indicator, f);
            case "catalogue_entries" -> catalogueEntries(campaign, milestone, indicator, f);
            case "site_availability" -> availability(milestone, indicator, f);
            case "ogi_column" -> ogiColumn(campaign, milestone, indicator, f);
            default -> result(milestone, indicator, unmetStatus(milestone, f.asOf), 0, null, 0, ScoreEvidence.none(),
                    f.explain ? "评分规则“" + indicator.rule() + "”无法识别，请检查活动配置文件" : "");
        };
    }

    // --- rules -----------------------------------------------------------------------------

    private IndicatorScore declared(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        String typeId = param(indicator, "declarationType", indicator.id());
        String what = campaign.declarationType(typeId).map(DeclarationType::title).orElse(indicator.title()) + "申报";
        DeclarationFact fact = f.approvedByType.get(typeId);
        if (fact == null) {
            return unmet(milestone, indicator, f, "尚无审核通过的" + what);
        }
        LocalDate metOn = fact.creditedOn();
        int daysLate = daysLate(milestone, metOn);
        double points = daysLate > 0 ? indicator.weight() * campaign.lateShare() : indicator.weight();
        String reason = "";
        if (f.explain) {
            reason = what + "于" + ZhText.date(metOn) + "提交"
                    + (fact.approvedOn() != null && !fact.approvedOn().equals(metOn)
                            ? "，" + ZhText.date(fact.approvedOn()) + "审核通过" : "并审核通过")
                    + "，" + timeliness(daysLate) + gained(points, indicator);
        }
        return result(milestone, indicator, daysLate > 0 ? IndicatorStatus.met_late : IndicatorStatus.met_on_time,
                points, metOn, daysLate, ScoreEvidence.declaration(fact.declarationId(), fact.version()), reason);
    }

    private IndicatorScore published(Campaign campaign, Milestone milestone, Indicator indicator, Facts f, String what,
            CheckSnapshot first, String url, boolean missingNow) {
        if (first == null) {
            return unmet(milestone, indicator, f, "尚未检测到" + what);
        }
        int daysLate = daysLate(milestone, first.asOf());
        double points = daysLate > 0 ? indicator.weight() * campaign.lateShare() : indicator.weight();
        String reason = "";
        if (f.explain) {
            reason = what + "于" + ZhText.date(first.asOf()) + "首次检测到，" + timeliness(daysLate)
                    + gained(points, indicator)
                    + (missingNow ? "；最近一次检测（" + ZhText.date(f.latest.asOf()) + "）未再检测到，请核实" : "");
        }
        return result(milestone, indicator, daysLate > 0 ? IndicatorStatus.met_late : IndicatorStatus.met_on_time,
                points, first.asOf(), daysLate, ScoreEvidence.crawl(first.checkId(), url), reason);
    }

    private IndicatorScore guideElements(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        if (f.latestGuide == null) {
            return unmet(milestone, indicator, f, "尚未检测到公开指南，要素无从评分");
        }
        Set<GuideElement> present = f.latestGuide.guideElements();
        double points = indicator.weight() * present.size() / GUIDE_ELEMENTS;
        String reason = "";
        if (f.explain) {
            String missing = EnumSet.complementOf(present.isEmpty() ? EnumSet.noneOf(GuideElement.class)
                    : EnumSet.copyOf(present)).stream().map(GuideElement::label).collect(Collectors.joining("、"));
            reason = "最近一次检测到的公开指南（" + ZhText.date(f.latestGuide.asOf()) + "）含第十九条规定的"
                    + GUIDE_ELEMENTS + "项要素中的" + present.size() + "项"
                    + (missing.isEmpty() ? "" : "（缺：" + missing + "）") + qualityNote(f.firstGuide, milestone)
                    + "，" + gained(points, indicator);
        }
        return quality(milestone, indicator, f.firstGuide, points,
                ScoreEvidence.crawl(f.latestGuide.checkId(), f.latestGuide.guideUrl()), reason);
    }

    private IndicatorScore catalogueFields(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        if (f.latestCatalogue == null) {
            return unmet(milestone, indicator, f, "尚未检测到公开目录，字段无从评分");
        }
        Set<CatalogueField> present = f.latestCatalogue.catalogueFields();
        double points = indicator.weight() * present.size() / CATALOGUE_FIELDS;
        String reason = "";
        if (f.explain) {
            String missing = EnumSet.complementOf(present.isEmpty() ? EnumSet.noneOf(CatalogueField.class)
                    : EnumSet.copyOf(present)).stream().map(CatalogueField::label).collect(Collectors.joining("、"));
            reason = "最近一次检测到的公开目录（" + ZhText.date(f.latestCatalogue.asOf()) + "）含" + CATALOGUE_FIELDS
                    + "项必备字段中的" + present.size() + "项" + (missing.isEmpty() ? "" : "（缺：" + missing + "）")
                    + qualityNote(f.firstCatalogue, milestone) + "，" + gained(points, indicator);
        }
        return quality(milestone, indicator, f.firstCatalogue, points,
                ScoreEvidence.crawl(f.latestCatalogue.checkId(), f.latestCatalogue.catalogueUrl()), reason);
    }

    private IndicatorScore catalogueEntries(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        if (f.latestCatalogue == null) {
            return unmet(milestone, indicator, f, "尚未检测到公开目录，条目无从评分");
        }
        int target = Math.max(1, (int) Math.round(number(indicator, "target", 50)));
        Integer entries = f.latestCatalogue.catalogueEntries();
        double share = entries == null ? 0 : Math.min(1.0, entries / (double) target);
        double points = indicator.weight() * share;
        String reason = "";
        if (f.explain) {
            reason = (entries == null
                    ? "最近一次检测到的公开目录（" + ZhText.date(f.latestCatalogue.asOf()) + "）条目无法计数（如仅有分类树）"
                    : "最近一次检测到的公开目录（" + ZhText.date(f.latestCatalogue.asOf()) + "）共" + entries
                            + "条，目标" + target + "条")
                    + qualityNote(f.firstCatalogue, milestone) + "，" + gained(points, indicator);
        }
        return quality(milestone, indicator, f.firstCatalogue, points,
                ScoreEvidence.crawl(f.latestCatalogue.checkId(), f.latestCatalogue.catalogueUrl()), reason);
    }

    private IndicatorScore availability(Milestone milestone, Indicator indicator, Facts f) {
        if (f.checks == 0) {
            return unmet(milestone, indicator, f, "尚无网站检测记录");
        }
        double minimum = number(indicator, "minimumShare", 0.95);
        double share = f.reachable / (double) f.checks;
        boolean enough = share >= minimum;
        double points = enough ? indicator.weight() : indicator.weight() * (minimum <= 0 ? 1 : share / minimum);
        IndicatorStatus status = enough ? IndicatorStatus.met_on_time : unmetStatus(milestone, f.asOf);
        String reason = "";
        if (f.explain) {
            reason = "截至" + ZhText.date(f.asOf) + "共检测" + f.checks + "次，网站可访问" + f.reachable + "次（"
                    + ZhText.percent(share) + "），" + (enough ? "达到" : "低于") + "要求的" + ZhText.percent(minimum)
                    + (enough ? "，" : "，按比例") + gained(points, indicator);
        }
        return result(milestone, indicator, status, points, null, 0,
                ScoreEvidence.crawl(f.latest.checkId(), null), reason);
    }

    private IndicatorScore ogiColumn(Campaign campaign, Milestone milestone, Indicator indicator, Facts f) {
        if (f.latest == null || !f.latest.ogiColumn()) {
            String seen = f.latest == null ? "尚无网站检测记录"
                    : "最近一次检测（" + ZhText.date(f.latest.asOf()) + "）首页未发现政府信息公开专栏入口"
                            + (f.firstColumn != null ? "（" + ZhText.date(f.firstColumn.asOf()) + "曾检测到）" : "");
            return unmet(milestone, indicator, f, seen);
        }
        CheckSnapshot first = f.firstColumn;
        int daysLate = daysLate(milestone, first.asOf());
        double points = daysLate > 0 ? indicator.weight() * campaign.lateShare() : indicator.weight();
        String reason = "";
        if (f.explain) {
            reason = "首页政府信息公开专栏入口于" + ZhText.date(first.asOf()) + "首次检测到，最近一次检测（"
                    + ZhText.date(f.latest.asOf()) + "）仍在，" + timeliness(daysLate) + gained(points, indicator);
        }
        return result(milestone, indicator, daysLate > 0 ? IndicatorStatus.met_late : IndicatorStatus.met_on_time,
                points, first.asOf(), daysLate, ScoreEvidence.crawl(f.latest.checkId(), null), reason);
    }

    // --- overrides and milestones ----------------------------------------------------------

    private IndicatorScore applyOverride(Campaign campaign, Milestone milestone, Indicator indicator,
            IndicatorScore computed, List<Override> overrides, LocalDate asOf, boolean explain) {
        Override latest = null;
        for (Override o : overrides) {
            if (!o.indicatorId().equals(indicator.id()) || o.effectiveFrom().isAfter(asOf)) {
                continue;
            }
            if (latest == null || o.createdAt().isAfter(latest.createdAt())
                    || (o.createdAt().equals(latest.createdAt()) && o.id() > latest.id())) {
                latest = o;
            }
        }
        if (latest == null || latest.revoke()) {
            return computed;
        }
        IndicatorStatus status = latest.status().orElse(computed.status());
        double points = latest.points().orElseGet(() -> switch (status) {
            case met_on_time -> indicator.weight();
            case met_late -> indicator.weight() * campaign.lateShare();
            case not_met, pending -> 0.0;
        });
        points = Math.max(0, Math.min(indicator.weight(), points));
        String reason = explain
                ? "人工修正：" + latest.reason() + "（操作人：" + latest.author() + "），" + status.label()
                        + "，" + gained(points, indicator) + "；系统判定：" + computed.reasonZh()
                : "";
        return new IndicatorScore(indicator.id(), milestone.id(), indicator.title(), indicator.rule(), status,
                ZhText.round2(points), indicator.weight(), computed.deadline(), computed.metOn(), computed.daysLate(),
                ScoreEvidence.override(latest.id()), reason, computed.status(), computed.points(),
                Optional.of(latest.id()));
    }

    private static MilestoneScore milestoneOf(Milestone milestone, List<IndicatorScore> indicators, LocalDate asOf) {
        IndicatorStatus status = null;
        LocalDate metOn = null;
        double points = 0;
        List<String> missing = new ArrayList<>();
        for (IndicatorScore indicator : indicators) {
            status = status == null ? indicator.status() : IndicatorStatus.worst(status, indicator.status());
            if (indicator.metOn().isPresent() && (metOn == null || indicator.metOn().get().isAfter(metOn))) {
                metOn = indicator.metOn().get();
            }
            if (!indicator.status().isMet()) {
                missing.add(indicator.title());
            }
            points += indicator.points();
        }
        if (status == null) {
            status = unmetStatus(milestone, asOf);
        }
        if (!status.isMet()) {
            metOn = null;
        }
        int daysLate = status == IndicatorStatus.met_late && metOn != null ? daysLate(milestone, metOn) : 0;
        return new MilestoneScore(milestone.id(), milestone.title(), Optional.ofNullable(milestone.deadline()), status,
                Optional.ofNullable(metOn), daysLate, ZhText.round2(points), milestone.maxPoints(), missing);
    }

    // --- helpers ---------------------------------------------------------------------------

    /** A quality indicator takes its item's status, met day and lateness, but not its late cut. */
    private IndicatorScore quality(Milestone milestone, Indicator indicator, CheckSnapshot firstSeen, double points,
            ScoreEvidence evidence, String reason) {
        int daysLate = daysLate(milestone, firstSeen.asOf());
        return result(milestone, indicator, daysLate > 0 ? IndicatorStatus.met_late : IndicatorStatus.met_on_time,
                points, firstSeen.asOf(), daysLate, evidence, reason);
    }

    private static String qualityNote(CheckSnapshot firstSeen, Milestone milestone) {
        return daysLate(milestone, firstSeen.asOf()) > 0 ? "（发布逾期只在发布指标中扣分，本项按实际内容计分）" : "";
    }

    private IndicatorScore unmet(Milestone milestone, Indicator indicator, Facts f, String what) {
        IndicatorStatus status = unmetStatus(milestone, f.asOf);
        String reason = "";
        if (f.explain) {
            if (status == IndicatorStatus.not_met) {
                reason = what + "，已逾期（截止" + ZhText.date(milestone.deadline()) + "），得0分";
            } else if (milestone.deadline() == null) {
                reason = what + "（无固定截止日期），暂得0分";
            } else {
                long left = ChronoUnit.DAYS.between(f.asOf, milestone.deadline());
                reason = what + "，" + (left == 0 ? "今天截止" : "距截止日期还有" + left + "天") + "（截止"
                        + ZhText.date(milestone.deadline()) + "），暂得0分";
            }
        }
        return result(milestone, indicator, status, 0, null, 0, ScoreEvidence.none(), reason);
    }

    private static IndicatorStatus unmetStatus(Milestone milestone, LocalDate asOf) {
        return milestone.deadline() != null && asOf.isAfter(milestone.deadline())
                ? IndicatorStatus.not_met : IndicatorStatus.pending;
    }

    private static int daysLate(Milestone milestone, LocalDate metOn) {
        if (milestone.deadline() == null || !metOn.isAfter(milestone.deadline())) {
            return 0;
        }
        return (int) ChronoUnit.DAYS.between(milestone.deadline(), metOn);
    }

    private static String timeliness(int daysLate) {
        return daysLate > 0 ? "逾期" + daysLate + "天，" : "按时完成，";
    }

    private static String gained(double points, Indicator indicator) {
        return "得" + ZhText.points(points) + "分（满分" + ZhText.points(indicator.weight()) + "分）";
    }

    private static IndicatorScore result(Milestone milestone, Indicator indicator, IndicatorStatus status, double points,
            LocalDate metOn, int daysLate, ScoreEvidence evidence, String reason) {
        double rounded = ZhText.round2(points);
        return new IndicatorScore(indicator.id(), milestone.id(), indicator.title(), indicator.rule(), status, rounded,
                indicator.weight(), Optional.ofNullable(milestone.deadline()), Optional.ofNullable(metOn), daysLate,
                evidence, reason, status, rounded, Optional.empty());
    }

    private static String param(Indicator indicator, String name, String fallback) {
        Object value = indicator.params().get(name);
        return value == null ? fallback : value.toString();
    }

    private static double number(Indicator indicator, String name, double fallback) {
        Object value = indicator.params().get(name);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value != null) {
            try {
                return Double.parseDouble(value.toString());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
