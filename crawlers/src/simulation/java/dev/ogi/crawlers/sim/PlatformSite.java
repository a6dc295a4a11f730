package dev.ogi.crawlers.sim;

import dev.ogi.crawlers.sim.SiteScenario.Trap;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The provincial OGI platform (xxgk.sc.gov.cn): one host on which many departments keep their
 * OGI columns under their own path ({@code /CODE/}). Its robots.txt carries the disallow rules
 * of the departments that asked for them.
 */
public final class PlatformSite implements SimHost {

    private final String host;
    private final Map<String, ScenarioSite> members = new ConcurrentSkipListMap<>();

    public PlatformSite(String host) {
        this.host = host;
    }

    public void add(ScenarioSite site) {
        members.put(site.scenario().platformSlug(), site);
    }

    @Override
    public SimResponse handle(SimRequest request, LocalDate date) {
        String path = request.path();
        if (path.equals("/robots.txt")) {
            StringBuilder rules = new StringBuilder("User-agent: *\n");
            members.forEach((slug, site) -> {
                if (site.scenario().has(Trap.ROBOTS_DISALLOW_OGI)) {
                    rules.append("Disallow: /").append(slug).append("/\n");
                }
            });
            return SimResponse.text(200, rules.toString());
        }
        if (path.equals("/") || path.equals("/index.htm")) {
            StringBuilder b = new StringBuilder("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                    + "<title>四川省政府信息公开平台</title></head><body><h2>四川省政府信息公开平台</h2><ul>");
            members.forEach((slug, site) -> b.append("<li><a href=\"/").append(slug).append("/\">")
                    .append(site.scenario().unitName()).append("</a></li>"));
            return SimResponse.html(200, b.append("</ul></body></html>").toString(), SimResponse.CharsetStyle.META_ONLY);
        }
        int slash = path.indexOf('/', 1);
        String slug = slash > 0 ? path.substring(1, slash) : path.substring(1);
        ScenarioSite site = members.get(slug);
        if (site == null) {
            return SimResponse.notFound();
        }
        if (slash < 0) {
            return SimResponse.redirect(301, "http://" + host + "/" + slug + "/");
        }
        return site.handle(request, date);
    }
}
