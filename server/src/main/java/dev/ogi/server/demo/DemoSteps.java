package dev.ogi.server.demo;

import dev.ogi.crawlers.sim.DemoFarm;
import java.util.List;

/**
 * The demo's content, in order. The first steps run before the server answers (so the registry
 * is there at once); {@link #background()} run after it is up, so the dashboard fills while the
 * newcomer looks.
 */
public final class DemoSteps {

    private DemoSteps() {
    }

    public static List<DemoStep> beforeServing() {
        return List.of(
                new SeedUnitsStep(),
                new DemoAccountsStep(),
                new DeclarationsDemoStep());
    }

    public static List<DemoStep> background() {
        CrawlTimelineDemoStep crawls = new CrawlTimelineDemoStep();
        return List.of(
                crawls,
                new AccountabilityDemoStep(),
                // bulletins after the crawls: they are judged from the crawl history the steps before write
                new BulletinsDemoStep(),
                new AvailabilityDemoStep(crawls, DemoFarm.TIMELINE_END),
                // the website as the first platform, 2008-2009: rounds and a week of probes of their own
                new WebsiteTimelineDemoStep(crawls),
                new AvailabilityDemoStep(crawls, WebsiteTimelineDemoStep.LAST));
    }
}
