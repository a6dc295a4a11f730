package dev.ogi.server.scores;

import dev.ogi.server.AppContext;
import io.dropwizard.core.setup.Environment;

/** Scores, rankings, progress and overrides: one line in {@code OgiApplication.run}. */
public final class ScoreFeature {

    private final AppContext context;

    public ScoreFeature(AppContext context) {
        this.context = context;
    }

    public void register(Environment environment) {
        ScoreService scores = ScoreService.forContext(context);
        ScoreResource resource = new ScoreResource(scores, context.campaigns(), context.asOf(), context.objectMapper());
        environment.jersey().register(new ScoreResource.Scores(resource));
        environment.jersey().register(new ScoreResource.UnitScores(resource));
        environment.jersey().register(new ScoreResource.RankingList(resource));
        environment.jersey().register(new ScoreResource.RankingWorkbookExport(resource));
        environment.jersey().register(new ScoreResource.ProgressSummary(resource));
        OverrideResource overrides = new OverrideResource(context.jdbi(), scores, context.campaigns(), context.asOf(),
                context.units());
        environment.jersey().register(overrides);
        environment.jersey().register(new OverrideResource.UnitOverrides(overrides));
    }
}
