package dev.ogi.reports.score;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scoring rules, by the name an indicator gives in the campaign file ({@code rule:}). The
 * campaign loader refuses any other name; the engine judges each indicator by its rule.
 *
 * <ul>
 * <li>{@code declaration_approved}: met on the day the earliest approved version of the unit's
 * declaration of {@code params.declarationType} was submitted (a slow review does not make a
 * unit late), counted only once it is approved on or before the day scored.</li>
 * <li>{@code guide_published}, {@code catalogue_published}: met on the as-of day of the first
 * crawl check that found the item; a later failed or carried-over check does not un-meet it.</li>
 * <li>{@code guide_elements}, {@code catalogue_fields} (share of the Article 19 codes listed in
 * {@code params.items}, all of them by default), {@code catalogue_entries} (entries /
 * {@code params.target}, capped at 1): measured on the latest check that found the item; they
 * take their item's status and are not cut for lateness (lateness is charged once, on the
 * publication indicator).</li>
 * <li>{@code site_availability}: share of the checks so far that reached the homepage; full
 * points at or above {@code params.minimumShare} (default 0.95), proportional below.</li>
 * <li>{@code ogi_column}: the latest check saw an OGI column linked from the homepage; met on the
 * first check that saw one.</li>
 * <li>Website facts ({@link WebsiteRules}): {@code site_reachable_7d} (veto 站点无法访问),
 * {@code homepage_fresh} (veto 首页不更新, {@code params.maxDays}), {@code broken_links},
 * {@code apply_online}, {@code annual_report_crawled}.</li>
 * </ul>
 */
public enum Rule {
    declaration_approved(false, DeclarationRule::judge),
    guide_published(false, j -> PublicationRule.judge(j, CrawledItem.GUIDE)),
    guide_elements(true, j -> CoverageRule.judge(j, CrawledItem.GUIDE)),
    catalogue_published(false, j -> PublicationRule.judge(j, CrawledItem.CATALOGUE)),
    catalogue_fields(true, j -> CoverageRule.judge(j, CrawledItem.CATALOGUE)),
    catalogue_entries(true, CrawlRules::entries),
    site_availability(false, CrawlRules::availability),
    ogi_column(false, CrawlRules::column),
    site_reachable_7d(false, WebsiteRules::reachable),
    homepage_fresh(false, WebsiteRules::fresh),
    broken_links(false, WebsiteRules::brokenLinks),
    apply_online(false, WebsiteRules::applyOnline),
    annual_report_crawled(false, WebsiteRules::annualReport);

    private static final Map<String, Rule> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::name, r -> r));

    private final boolean quality;
    private final Function<Judging, IndicatorScore> judge;

    Rule(boolean quality, Function<Judging, IndicatorScore> judge) {
        this.quality = quality;
        this.judge = judge;
    }

    /** The rule an indicator names, if it is one. */
    public static Optional<Rule> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Rule::name).toList();
    }

    /**
     * Measures the content of an item rather than whether it was done: not met only because the
     * item itself is missing, which the item's own indicator already reports.
     */
    public boolean quality() {
        return quality;
    }

    /** The Article 19 codes an indicator of this rule may list in {@code params.items}; empty for other rules. */
    public List<String> article19() {
        return switch (this) {
            case guide_elements -> CrawledItem.GUIDE.article19();
            case catalogue_fields -> CrawledItem.CATALOGUE.article19();
            default -> List.of();
        };
    }

    IndicatorScore judge(Judging judging) {
        return judge.apply(judging);
    }
}
