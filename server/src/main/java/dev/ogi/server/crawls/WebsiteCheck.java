package dev.ogi.server.crawls;

import dev.ogi.crawlers.model.WebsiteFinding;

import java.util.List;
import java.util.Optional;

/**
 * The website facts of one site check: a row of {@code website_checks} with its columns and broken
 * links (V60__website_checks.sql is the contract).
 */
public record WebsiteCheck(
        long checkId,
        String latestUpdateDate,
        String latestUpdateUrl,
        String latestUpdateTitle,
        int linksChecked,
        int linksBroken,
        boolean applyFound,
        String applyUrl,
        boolean reportFound,
        String reportUrl,
        Integer reportYear,
        String reportPublishedOn,
        String reportParts) {

    /** A column as stored: a row of {@code website_columns}. */
    public record ColumnRow(long id, long checkId, String type, String name, String url, int items, String latestDate,
                            String latestUrl, String state) {
    }

    /** A broken link as stored: a row of {@code website_broken_links}. */
    public record BrokenLinkRow(long id, long checkId, String url, int status, String onPage, String answer) {
    }

    /** The facts as the crawler found them, for the check {@code checkId}. */
    static WebsiteCheck of(long checkId, WebsiteFinding w) {
        Optional<WebsiteFinding.DatedLink> latest = w.latestUpdate();
        WebsiteFinding.AnnualReport a = w.annualReport();
        return new WebsiteCheck(checkId, latest.map(d -> d.date().toString()).orElse(null),
                latest.map(WebsiteFinding.DatedLink::url).orElse(null), latest.map(WebsiteFinding.DatedLink::title).orElse(null),
                w.linksChecked(), w.broken().size(), w.applyOnline().found(), w.applyOnline().url(), a.found(), a.url(),
                a.year(), a.publishedOn().map(Object::toString).orElse(null), CheckWriter.codes(a.parts()));
    }

    static List<ColumnRow> columns(WebsiteFinding w) {
        return w.columns().stream().map(c -> new ColumnRow(0, 0, c.type().name(), c.name(), c.url(), c.items(),
                c.latest().map(d -> d.date().toString()).orElse(null), c.latest().map(WebsiteFinding.DatedLink::url).orElse(null),
                c.state().name())).toList();
    }

    static List<BrokenLinkRow> broken(WebsiteFinding w) {
        return w.broken().stream().map(b -> new BrokenLinkRow(0, 0, b.url(), b.status(), b.on(), b.answer())).toList();
    }

    WebsiteCheck withCheckId(long id) {
        return new WebsiteCheck(id, latestUpdateDate, latestUpdateUrl, latestUpdateTitle, linksChecked, linksBroken,
                applyFound, applyUrl, reportFound, reportUrl, reportYear, reportPublishedOn, reportParts);
    }
}
