package dev.ogi.server.standings;

/**
 * A frozen standing as stored; {@code standing} is the JSON list of {@link FrozenUnit}s.
 *
 * @param occasion deadline (a milestone's deadline passed) or bulletin (a bulletin was issued)
 */
public record OfficialStanding(long id, String campaignId, String milestoneId, String occasion, Long bulletinId,
        String asOf, String frozenAt, String standing) {

    public static final String DEADLINE = "deadline";
    public static final String BULLETIN = "bulletin";
}
