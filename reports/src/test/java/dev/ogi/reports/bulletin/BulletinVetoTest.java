package dev.ogi.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.bulletin.BulletinDocument.Section;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.reports.score.ScoringEngine;
import dev.ogi.reports.score.UnitFacts;
import dev.ogi.reports.score.UnitInfo;
import dev.ogi.reports.score.UnitScore;
import dev.ogi.reports.score.WebsiteFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A campaign whose scores carry veto items (website-2008): the bulletin names each vetoed unit with its evidence. */
class BulletinVetoTest {

    private final ScoringEngine engine = new ScoringEngine();
    private final BulletinComposer composer = new BulletinComposer();
    private final Campaign campaign = new CampaignLoader().loadBuiltIn().stream()
            .filter(c -> c.id().equals("website-2008")).findFirst().orElseThrow();


    private static WebsiteFacts site(LocalDate newest, double availability) {
        return new WebsiteFacts(true, Optional.of(newest), Optional.of("http://www.zg.gov.cn/news/118.html"), 30, 0,
                Optional.empty(), true, Optional.of("http://www.zg.gov.cn/apply.html"), Optional.empty(),
                Optional.of(availability));
    }

    private BulletinDocument bulletin(LocalDate asOf) {
        List<UnitScore> scores = engine.scoreAll(campaign, List.of(
                new UnitFacts(new UnitInfo("510100", "成都市人民政府", "成都市", "市州"), List.of(), List.of(), List.of(),
                        List.of(), site(asOf.minusDays(2), 1.0)),
                new UnitFacts(new UnitInfo("510300", "自贡市人民政府", "自贡市", "市州"), List.of(), List.of(), List.of(),
                        List.of(), site(LocalDate.of(2008, 1, 2), 1.0)),
                new UnitFacts(new UnitInfo("510400", "攀枝花市人民政府", "攀枝花市", "市州"), List.of(), List.of(), List.of(),
                        List.of(), site(asOf.minusDays(1), 0.912))), asOf);
        return composer.compose(BulletinInputs.from(campaign, 3, asOf, asOf, "四川省人民政府办公厅", scores, Map.of()));
    }

    private static String problems(BulletinDocument doc) {
        Section section = doc.sections().stream().filter(s -> s.heading().equals("三、存在的问题")).findFirst().orElseThrow();
        return section.blocks().stream().map(b -> b instanceof Paragraph p ? p.lead() + p.text() : "")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void eachVetoedUnitIsNamedUnderProblemsWithItsEvidenceBeforeAnyDeadline() {
        String text = problems(bulletin(LocalDate.of(2008, 6, 20)));

        assertThat(text).contains("截至2008年6月20日，尚无到期的工作任务。")
                .contains("（一）单项否决。以下2个单位存在单项否决问题（首页不更新、站点无法访问）")
                .contains("1. 自贡市人民政府：首页不更新：最新信息日期2008-01-02，已170天无新信息，超过14天；"
                        + "证据：http://www.zg.gov.cn/news/118.html。")
                .contains("2. 攀枝花市人民政府：站点无法访问：近7天首页可用率91.2%，低于95%。")
                .doesNotContain("成都市人民政府");
    }

    @Test
    void afterTheDeadlineTheVetoesFollowTheOverdueItemsAndAVetoedUnitIsNotCommended() {
        BulletinDocument doc = bulletin(LocalDate.of(2009, 4, 10));
        String text = problems(doc);

        assertThat(text).contains("单项否决。以下2个单位存在单项否决问题")
                .contains("攀枝花市人民政府：站点无法访问：近7天首页可用率91.2%，低于95%。")
                .contains("自贡市人民政府：首页不更新：最新信息日期2008-01-02，已464天无新信息");
        assertThat(doc.commendedUnitCodes()).doesNotContain("510300", "510400");
    }

    @Test
    void aCampaignWithoutVetoesHasNoVetoParagraph() {
        assertThat(problems(composer.compose(BulletinFixtures.crafted()))).doesNotContain("单项否决");
    }
}
