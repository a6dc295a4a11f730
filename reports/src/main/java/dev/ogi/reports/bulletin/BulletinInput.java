package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a bulletin is composed from. It is archived with the bulletin (as JSON), so an
 * issued bulletin can be traced back to exactly the figures it was made from.
 *
 * @param campaignId    the campaign, e.g. ogi-2007
 * @param campaignTitle its title
 * @param number        the issue number (第N期)
 * @param asOf          the day the data is judged as of
 * @param issuedOn      the date printed on the bulletin
 * @param issuer        who issues it, e.g. 四川省人民政府办公厅
 * @param milestones    the campaign's milestones in order
 * @param units         every unit covered, with its standing
 * @param previous      the previous bulletin's standings, to say what moved (empty for the first)
 */
public record BulletinInput(
        String campaignId,
        String campaignTitle,
        int number,
        LocalDate asOf,
        LocalDate issuedOn,
        String issuer,
        List<MilestoneInfo> milestones,
        List<UnitStanding> units,
        Optional<PreviousBulletin> previous) {

    public BulletinInput {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        units = units == null ? List.of() : List.copyOf(units);
        previous = previous == null ? Optional.empty() : previous;
    }

    /** Without a previous bulletin: nothing is said about what moved except ranks. */
    public BulletinInput(String campaignId, String campaignTitle, int number, LocalDate asOf, LocalDate issuedOn,
                         String issuer, List<MilestoneInfo> milestones, List<UnitStanding> units) {
        this(campaignId, campaignTitle, number, asOf, issuedOn, issuer, milestones, units, Optional.empty());
    }

    public BulletinInput withPrevious(BulletinInput previousInput) {
        return new BulletinInput(campaignId, campaignTitle, number, asOf, issuedOn, issuer, milestones, units,
                Optional.of(PreviousBulletin.of(previousInput)));
    }
}
