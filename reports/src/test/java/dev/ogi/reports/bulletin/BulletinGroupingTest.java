package dev.ogi.reports.bulletin;

import static dev.ogi.reports.bulletin.BulletinFixtures.AS_OF;
import static dev.ogi.reports.bulletin.BulletinFixtures.M1;
import static dev.ogi.reports.bulletin.BulletinFixtures.M4;
import static dev.ogi.reports.bulletin.BulletinFixtures.M5;
import static dev.ogi.reports.bulletin.BulletinFixtures.crafted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.bulletin.BulletinDocument.RankingLine;
import dev.ogi.reports.bulletin.BulletinDocument.Section;
import dev.ogi.reports.bulletin.BulletinDocument.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BulletinGroupingTest {

    private final BulletinComposer composer = new BulletinComposer();

    private static String text(BulletinDocument doc, String headingStart) {
        Section section = doc.sections().stream().filter(s -> s.heading().startsWith(headingStart)).findFirst().orElseThrow();
        return section.blocks().stream().map(b -> b instanceof Paragraph p ? p.lead() + p.text() : "")
                .collect(Collectors.joining("\n"));
    }

    @Test
    void eachProblemIsNamedOnceWithItsUnitsMostUnitsFirstThenLongestOverdue() {
        List<Problems.Problem> problems = Problems.group(List.of(M1, M4, M5),
                crafted().units().stream().sorted((a, b) -> a.group().equals(b.group()) ? a.code().compareTo(b.code())
                        : a.group().equals("市州") ? -1 : 1).toList(), AS_OF);

        assertThat(problems).extracting(Problems.Problem::missing, Problems.Problem::daysOverdue, Problems.Problem::unitNames)
                .containsExactly(
                        tuple("公开目录未上网公示", 5L, List.of("内江市", "省教育厅")),
                        tuple("组织保障工作未完成", 36L, List.of("省教育厅")),
                        tuple("公开指南未上网公示", 5L, List.of("省教育厅")));
        String section = text(composer.compose(crafted()), "三");
        assertThat(section.split("公开目录未上网公示", -1)).hasSize(2);
        assertThat(section.indexOf("组织保障工作未完成")).isLessThan(section.indexOf("公开指南未上网公示"));
    }

    @Test
    void passRatesCountLateCompletionAsPassedButNotAsOnTime() {
        Table table = (Table) composer.compose(crafted()).sections().get(0).blocks().stream()
                .filter(b -> b instanceof Table).findFirst().orElseThrow();

        assertThat(table.headers()).containsSubsequence("合格率", "按时完成率");
        // 信息梳理与填报 in 市（州）: 2 on time, 1 late of 3
        assertThat(table.rows()).contains(List.of("信息梳理与填报", "市（州）", "3", "2", "1", "0", "100.0%", "66.7%"));
    }

    @Test
    void changeSinceThePreviousBulletinNamesNewlyMetNewlyOverdueClimbersAndFallers() {
        // previous bulletin (第6期, as of 2007-10-20): M5 not yet due; 内江市 had not filed M4; 省教育厅 had filed M4
        PreviousBulletin previous = new PreviousBulletin(6, LocalDate.of(2007, 10, 20), Map.of(
                "510100", Set.of("M1", "M4"), "510700", Set.of("M1"), "511000", Set.of("M1"),
                "000001", Set.of("M1", "M4", "M5"), "000002", Set.of("M4")));
        BulletinInput base = crafted();
        BulletinInput input = new BulletinInput(base.campaignId(), base.campaignTitle(), base.number(), base.asOf(),
                base.issuedOn(), base.issuer(), base.milestones(), base.units(), java.util.Optional.of(previous));

        Changes.Movement movement = Changes.since(input, input.units()).orElseThrow();

        assertThat(movement.previousNumber()).isEqualTo(6);
        assertThat(movement.newlyMet()).containsExactly(
                Map.entry("信息梳理与填报", List.of("绵阳市", "内江市")),
                Map.entry("指南和目录上网公示", List.of("成都市", "绵阳市")),
                Map.entry("经费保障", List.of("成都市")));
        assertThat(movement.newlyOverdue()).containsExactly(Map.entry("指南和目录上网公示", List.of("内江市", "省教育厅")));
        assertThat(movement.climbers()).containsExactly("成都市（上升1位）");
        assertThat(movement.fallers()).containsExactly("绵阳市（下降1位）");
        assertThat(text(composer.compose(input), "一")).contains("与第6期通报相比，新完成工作任务的：信息梳理与填报2个（绵阳市、内江市），"
                + "指南和目录上网公示2个（成都市、绵阳市），经费保障1个（成都市）；新逾期未完成的：指南和目录上网公示2个（内江市、省教育厅）；"
                + "排名上升较多的有成都市（上升1位）；排名下降较多的有绵阳市（下降1位）。");
    }

    @Test
    void previousStandingsAreReadFromTheArchivedInput() {
        PreviousBulletin previous = PreviousBulletin.of(crafted());

        assertThat(previous.number()).isEqualTo(7);
        assertThat(previous.hadMet("510700", "M4")).isTrue();
        assertThat(previous.hadMet("511000", "M5")).isFalse();
        assertThat(crafted().withPrevious(crafted()).previous()).contains(previous);
    }

    @Test
    void aCampaignFileMayWordAnIndicatorsGapItself() {
        dev.ogi.reports.campaign.Indicator worded = new dev.ogi.reports.campaign.Indicator("annual", "年度报告", 10,
                "guide_published", Map.of("missing", "尚未在网站公布年度报告", "action", "在网站公布年度报告"));
        dev.ogi.reports.campaign.Indicator plain = new dev.ogi.reports.campaign.Indicator("guide", "公开指南", 10,
                "guide_published", Map.of());

        assertThat(BulletinInputs.gapOf(null, worded)).isEqualTo(new Gap("尚未在网站公布年度报告", "在网站公布年度报告"));
        assertThat(BulletinInputs.gapOf(null, plain)).isEqualTo(new Gap("公开指南未上网公示", "将公开指南在政府网站上网公示"));
    }

    @Test
    void withoutAPreviousBulletinNothingIsSaidAboutWhatMoved() {
        assertThat(text(composer.compose(crafted()), "一")).doesNotContain("与第");
    }

    @Test
    void appendixListsEachUnitsUnmetDueMilestonesAsShortIds() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.rankings().get(1).lines()).extracting(RankingLine::unitName, RankingLine::missing)
                .containsExactly(tuple("省发展改革委", "—"), tuple("省教育厅", "M1、M5"));
        assertThat(doc.appendixNote()).contains("M1 组织保障").contains("M5 指南和目录上网公示").doesNotContain("M7");
    }

    @Test
    void aUnitsOwnCopyOpensWithItsStandingAndItsFullListToFix() {
        BulletinInput input = crafted();
        String mail = UnitCopy.bodyText(input, composer.compose(input), java.util.Optional.of("000002"));

        assertThat(mail).startsWith("省教育厅：截至2007年11月5日，贵单位得分12.5分")
                .contains("贵单位被通报批评，存在的问题：组织保障工作未完成（截止2007年9月30日，已逾期36天）；"
                        + "公开指南未上网公示（截止2007年10月31日，已逾期5天）；公开目录未上网公示（截止2007年10月31日，已逾期5天）。请立即整改：")
                .contains("本期通报表扬2个单位，通报批评2个单位。");
        assertThat(UnitCopy.bodyText(input, composer.compose(input), java.util.Optional.empty()))
                .startsWith("\n四川省人民政府办公厅印发《");
    }

}
