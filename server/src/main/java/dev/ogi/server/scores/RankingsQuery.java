package dev.ogi.server.scores;

/**
 * The parameters of {@code GET /api/rankings}, as sent (null when absent).
 *
 * @param points sparkline points per row ({@code 0}: no sparklines; default 30; {@code all})
 * @param offset rows of each group skipped from the top (default 0)
 * @param limit  rows of each group carried at most (default: all)
 */
public record RankingsQuery(String group, String asOf, String since, String campaign, String points, String offset,
        String limit) {
}
