package dev.ogi.server.demo;

import dev.ogi.crawlers.sim.DemoFarm;
import java.util.List;

/**
 * The demo's content, in order. The registry and the accounts are made before the server answers
 * (so a newcomer can sign in at once); {@link #background()} runs after it is up, so the
 * dashboard fills while the newcomer looks. The declarations come first there: filed and reviewed
 * through the service, they took 10 s before the server answered, and the crawl replay's scores
 * read them.
 */
public final class DemoSteps {

    private DemoSteps() {
    }

    public static List<DemoStep> beforeServing() {
        return List.of(
                new SeedUnitsStep(),
                new DemoAccountsStep());
    }

    public static List<DemoStep> background() {
        CrawlTimelineDemoStep crawls = new CrawlTimelineDemoStep();
        return List.of(
                new DeclarationsDemoStep(),
                crawls,
                // before anything that reads scores after the replay: appeals and exemptions change them
                new AccountabilityDemoStep(),
                new DemoBranches(List.of(
                        // bulletins after the 2007 replay: judged from the crawl history it wrote, as of
                        // their own days (the later rounds and probes are after them)
                        List.of(new BulletinsDemoStep()),
                        // the only branch on the simulated web: a week of probes as of the replay's end,
                        // then the website as the first platform, 2008-2009, and a week of probes of its
                        // own; in this order, so each round's alerts read the same probe days every time
                        List.of(new AvailabilityDemoStep(crawls, DemoFarm.TIMELINE_END),
                                new WebsiteTimelineDemoStep(crawls),
                                new AvailabilityDemoStep(crawls, WebsiteTimelineDemoStep.LAST)))));
    }
}
