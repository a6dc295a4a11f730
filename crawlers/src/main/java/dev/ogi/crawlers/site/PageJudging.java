package dev.ogi.crawlers.site;

import dev.ogi.crawlers.judge.CatalogueJudge;
import dev.ogi.crawlers.judge.GuideJudge;
import dev.ogi.crawlers.judge.Intent;
import dev.ogi.crawlers.judge.Ownership;
import dev.ogi.crawlers.judge.ParsedPage;
import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.GuideFinding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.ogi.crawlers.site.Findings.evidence;

/**
 * Puts every fetched page before the guide and catalogue judges and records what counts in the
 * findings: a guide only if it is this unit's and not a soft 404, a catalogue off the unit's own
 * hosts (a sibling host, a shared platform) only if it names the unit or lies in the unit's section
 * under its OGI entry page, a list or table counted across its pages.
 */
final class PageJudging {

    private final String unitName;
    private final SiteScope scope;
    private final SoftNotFoundProbe softNotFound;
    private final CataloguePager pager;
    private final Findings findings;

    PageJudging(String unitName, SiteScope scope, SoftNotFoundProbe softNotFound, CataloguePager pager,
                Findings findings) {
        this.unitName = unitName;
        this.scope = scope;
        this.softNotFound = softNotFound;
        this.pager = pager;
        this.findings = findings;
    }

    void judge(ParsedPage page, Intent reachedAs) throws InterruptedException {
        boolean softChecked = judgeGuide(page, reachedAs);
        if (!page.attachment()) {
            judgeCatalogue(page, reachedAs, softChecked);
        }
    }

    /** @return whether the page was compared with the soft-404 answer already */
    private boolean judgeGuide(ParsedPage page, Intent reachedAs) throws InterruptedException {
        GuideJudge.Verdict g = GuideJudge.judge(page, reachedAs);
        if (g.kind() == GuideJudge.Kind.GUIDE) {
            if (softNotFound.isSoftNotFound(page)) {
                findings.noteGuide(evidence(page, "不计为指南：该页与网站对不存在地址返回的页面相同（软404）", 0), 2);
                return true;
            }
            Ownership.Verdict owner = Ownership.judge(unitName, page);
            if (!owner.own() || (!owner.unitNamed() && !scope.owns(page.url()))) {
                findings.noteGuide(evidence(page, "不计为本单位指南：该指南属于“" + owner.otherIssuer().orElse("其他单位")
                        + "”，未提及本单位“" + unitName + "”", g.anchor()), 4);
            } else {
                String reason = g.reason() + (owner.unitNamed() ? "" : "；指南未写明单位名称");
                findings.offerGuide(g.score(), new GuideFinding(true, page.url().toString(), false,
                        g.elements(), Optional.of(evidence(page, reason, g.anchor()))));
            }
            return true;
        }
        if ((g.kind() == GuideJudge.Kind.NEWS || g.kind() == GuideJudge.Kind.INDEX
                || g.kind() == GuideJudge.Kind.INSTRUCTIONS) && (reachedAs == Intent.GUIDE || reachedAs == Intent.OGI)) {
            // why a page that looked like the guide is not it (an index of guides, application
            // instructions): shown when no guide is found; an index's links are followed as usual
            findings.noteGuide(evidence(page, g.reason(), g.anchor()), 3);
        } else if (g.kind() == GuideJudge.Kind.PLACEHOLDER) {
            boolean guideColumn = reachedAs == Intent.GUIDE || GuideJudge.hasGuideTitle(page);
            if (guideColumn && !findings.hasGuidePlaceholder() && !softNotFound.isSoftNotFound(page)) {
                findings.guidePlaceholder(new GuideFinding(false, page.url().toString(), true,
                        EnumSet.noneOf(GuideElement.class), Optional.of(evidence(page, g.reason(), 0))));
                return true;
            }
        }
        return false;
    }

    private void judgeCatalogue(ParsedPage page, Intent reachedAs, boolean softChecked) throws InterruptedException {
        CatalogueJudge.Verdict c = CatalogueJudge.judge(page, reachedAs);
        if (c.kind() == CatalogueJudge.Kind.NONE) {
            return;
        }
        if (!scope.owns(page.url()) && !Ownership.judge(unitName, page).unitNamed()) {
            // A shared platform lists many units' catalogues; only one naming this unit is its own.
            findings.noteCatalogue(evidence(page, "不计为本单位目录：平台上的该目录未提及本单位“" + unitName + "”", 0));
            return;
        }
        if (c.kind() == CatalogueJudge.Kind.PLACEHOLDER) {
            boolean column = reachedAs == Intent.CATALOGUE || CatalogueJudge.hasCatalogueTitle(page);
            if (column && findings.catalogueRank() < 1 && !softNotFound.isSoftNotFound(page)) {
                findings.catalogue(0, new CatalogueFinding(false, page.url().toString(), true, null,
                        c.fields(), Optional.of(evidence(page, c.reason(), 0))));
            }
            return;
        }
        if (!softChecked && softNotFound.isSoftNotFound(page)) {
            return;
        }
        if (c.kind() == CatalogueJudge.Kind.TREE) {
            Set<String> links = new HashSet<>();
            page.links().forEach(l -> links.add(l.url().toString()));
            page.frames().forEach(l -> links.add(l.url().toString()));
            findings.noteTree(page.url().toString(), links, evidence(page, c.reason(), 0));
            if (findings.catalogueRank() < 1) {
                findings.catalogue(1, new CatalogueFinding(true, page.url().toString(), false, null,
                        c.fields(), Optional.of(evidence(page, c.reason(), 0))));
            }
            return;
        }
        // A table or list of items: count across its pages.
        CataloguePager.Count count = pager.count(page, c);
        findings.counted(page.url().toString(), count.entries());
        int rank = 2 + (c.kind() == CatalogueJudge.Kind.TABLE ? 1 : 0);
        if (!findings.catalogueWouldImprove(rank, count.entries())) {
            return;
        }
        String reason = "判定为公开目录：" + (c.kind() == CatalogueJudge.Kind.TABLE ? "表格列" : "列表字段")
                + labelsOf(count.fields()) + "，共" + count.pages() + "页" + count.entries() + "条"
                + (count.incomplete() ? "（未能读完全部分页，条数可能偏少）" : "");
        findings.catalogue(rank, new CatalogueFinding(true, page.url().toString(), false, count.entries(),
                count.fields(), Optional.of(evidence(page, reason, 0))));
    }

    private static String labelsOf(Set<CatalogueField> fields) {
        List<String> l = new ArrayList<>();
        for (CatalogueField f : CatalogueField.values()) {
            if (fields.contains(f)) {
                l.add(f.label());
            }
        }
        return "（" + String.join("、", l) + "）";
    }
}
