package dev.ogi.crawlers.bench;

import dev.ogi.crawlers.model.SiteTarget;
import dev.ogi.crawlers.sim.SimulatedWeb;
import dev.ogi.crawlers.sim.SiteScenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated farm for the crawler benchmark: N sites of M pages each, every site a compliant
 * unit whose OGI column, guide and catalogue pages sit among M-odd ordinary pages of the same
 * 2007 markup, so the crawler fetches, parses and judges realistic pages. The page budget of the
 * crawler decides how many are fetched; {@link #pagesPerSite()} is what a site offers within
 * reach of its homepage (the nav menu links that many column pages).
 */
public final class BenchmarkFarm {

    private final List<SiteScenario> sites = new ArrayList<>();
    private final int pagesPerSite;

    private BenchmarkFarm(int sites, int pagesPerSite) {
        this.pagesPerSite = pagesPerSite;
        for (int i = 0; i < sites; i++) {
            String code = String.format("B%05d", i);
            this.sites.add(SiteScenario.builder(code, "第" + (i + 1) + "县人民政府", "www.bench" + i + ".gov.cn")
                    .story("benchmark")
                    .navLinks(Math.max(10, pagesPerSite))
                    .catalogueEntries(45)
                    .build());
        }
    }

    public static BenchmarkFarm of(int sites, int pagesPerSite) {
        return new BenchmarkFarm(sites, pagesPerSite);
    }

    public int pagesPerSite() {
        return pagesPerSite;
    }

    public List<SiteScenario> scenarios() {
        return List.copyOf(sites);
    }

    public List<SiteTarget> targets() {
        return sites.stream().map(s -> new SiteTarget(s.code(), s.unitName(), "县(市、区)", s.homepage())).toList();
    }

    public SimulatedWeb install(SimulatedWeb web) {
        return web.sites(sites);
    }
}
