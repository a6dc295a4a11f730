package dev.ogi.server.scores;

import dev.ogi.server.AppContext;
import io.dropwizard.core.setup.Environment;

/** Scores, rankings, progress and overrides: one line in {@code OgiApplication.run}. */
public record ScoreFeature(AppContext context) {

    public void register(Environment environment) {
        ScoreService scores = context.scores();
        ScoreQueries queries = new ScoreQueries(scores, context.campaigns(), context.asOf(), context.objectMapper());
        environment.jersey().register(new ScoreResource(queries));
        environment.jersey().register(new UnitScoreResource(queries));
        environment.jersey().register(new OverrideResource(context.overrides()));
        environment.jersey().register(new OverrideResource.UnitOverrides(context.overrides()));
    }
}
