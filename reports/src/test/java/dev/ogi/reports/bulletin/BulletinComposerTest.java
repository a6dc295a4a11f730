package dev.ogi.reports.bulletin;

import dev.ogi.reports.text.ChineseText;
import static dev.ogi.reports.bulletin.BulletinFixtures.crafted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.reports.bulletin.BulletinDocument.CriticisedUnit;
import dev.ogi.reports.bulletin.BulletinDocument.Paragraph;
import dev.ogi.reports.bulletin.BulletinDocument.RankingLine;
import dev.ogi.reports.bulletin.BulletinDocument.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BulletinComposerTest {

    private final BulletinComposer composer = new BulletinComposer();

    private static String text(Section section) {
        return section.blocks().stream()
                .map(b -> b instanceof Paragraph p ? p.lead() + p.text() : "")
                .collect(Collectors.joining("\n"));
    }

    /** The text of the section headed {@code headingStart} in the bulletin of the crafted round. */
    private String craftedSection(String headingStart) {
        return text(section(composer.compose(crafted()), headingStart));
    }

    private static Section section(BulletinDocument doc, String headingStart) {
        return doc.sections().stream().filter(s -> s.heading().startsWith(headingStart)).findFirst().orElseThrow();
    }

    @Test
    void headerIsNumberedDatedAndTitled() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.number()).isEqualTo(7);
        assertThat(doc.title()).isEqualTo("关于全省政府信息公开指南和目录编制工作进展情况的通报");
        assertThat(ChineseText.date(doc.issuedOn())).isEqualTo("2007年11月5日");
        assertThat(doc.sections()).extracting(Section::heading)
                .containsExactly("一、总体进展", "二、做得好的单位", "三、存在的问题", "四、下一步要求");
    }

    @Test
    void commendedAreExactlyTheUnitsThatMetEveryDueMilestoneOnTime() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.commendedUnitCodes()).containsExactly("510100", "000001");
        String praise = text(section(doc, "二"));
        assertThat(praise).contains("市（州）（1个）：成都市。").contains("省直部门（1个）：省发展改革委。")
                .contains("组织保障、信息梳理与填报、指南和目录上网公示")
                .doesNotContain("绵阳市").doesNotContain("内江市").doesNotContain("省教育厅");
    }

    @Test
    void criticisedAreExactlyTheOverdueUnitsWithWhatIsMissing() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.criticised()).extracting(CriticisedUnit::code).containsExactly("511000", "000002");
        assertThat(doc.criticised().get(0).overdueItems())
                .containsExactly("公开目录未上网公示（截止2007年10月31日，已逾期5天）");
        assertThat(doc.criticised().get(1).overdueItems()).containsExactly(
                "组织保障工作未完成（截止2007年9月30日，已逾期36天）",
                "公开指南未上网公示（截止2007年10月31日，已逾期5天）",
                "公开目录未上网公示（截止2007年10月31日，已逾期5天）");
        String problems = text(section(doc, "三"));
        assertThat(problems).contains("（一）通报批评。")
                .contains("1. 公开目录未上网公示（截止2007年10月31日，已逾期5天）的单位（2个）：内江市、省教育厅。")
                .contains("仍有2个单位（市（州）1个、省直部门1个）")
                .doesNotContain("成都市").doesNotContain("省发展改革委");
    }

    @Test
    void lateCompletionIsNotedButNotCriticised() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.criticised()).extracting(CriticisedUnit::code).doesNotContain("510700");
        assertThat(text(section(doc, "三"))).contains("（二）逾期完成。以下1个单位已完成但超过规定时限，按工作任务列出：信息梳理与填报1个：绵阳市（逾期3天）。");
    }

    @Test
    void overviewCountsEachDueMilestonePerGroup() {
        assertThat(craftedSection("一")).contains(
                "纳入检查的单位共5个（市（州）3个、省直部门2个）",
                "全部单位平均得分56.0分（满分100.0分），其中市（州）平均64.2分、省直部门平均43.8分",
                "已到截止时间的3项工作任务",
                "（一）组织保障（截止2007年9月30日）。应完成单位5个，按时完成4个，逾期完成0个，尚未完成1个，按时完成率80.0%",
                "（二）信息梳理与填报（截止2007年10月10日）。应完成单位5个，按时完成4个，逾期完成1个，尚未完成0个",
                "（三）指南和目录上网公示（截止2007年10月31日）。应完成单位5个，按时完成3个，逾期完成0个，尚未完成2个",
                "已提前完成的单位：经费保障1个");
    }

    @Test
    void nextStepsNameTheComingDeadlinesAndWhatEachLaggingUnitMustDo() {
        assertThat(craftedSection("四"))
                .contains("经费保障：把政府信息公开工作经费纳入年度财政预算，截止2007年12月31日（距截止还有56天），目前尚有4个单位未完成",
                        "全面完成并正式公布：2008年2月底前全面完成，在政府网站和政府信息查阅场所公布，截止2008年2月29日（距截止还有116天）",
                        "（二）限期整改。",
                        "对照上列问题立即整改，并将整改情况报省政府办公厅：将公开目录在政府网站上网公示；"
                                + "9月底前落实政府信息公开工作机构，明确分管领导及具体工作人员，并上报省政府办公厅；将公开指南在政府网站上网公示。")
                .doesNotContain("成都市").doesNotContain("内江市：");
    }

    @Test
    void onTheDeadlineDayTheMilestoneIsNotYetOverdue() {
        BulletinDocument doc = composer.compose(crafted(LocalDate.of(2007, 10, 31)));

        assertThat(doc.criticised()).extracting(CriticisedUnit::code).containsExactly("000002");
        assertThat(doc.criticised().get(0).overdueItems()).containsExactly("组织保障工作未完成（截止2007年9月30日，已逾期31天）");
        assertThat(text(section(doc, "四"))).contains("指南和目录上网公示：").contains("（今日截止）");
    }

    @Test
    void beforeAnyDeadlineNobodyIsPraisedOrCriticised() {
        BulletinDocument doc = composer.compose(crafted(LocalDate.of(2007, 9, 24)));

        assertThat(doc.commendedUnitCodes()).isEmpty();
        assertThat(doc.criticised()).isEmpty();
        assertThat(text(section(doc, "一"))).contains("目前各项工作任务均未到截止时间");
        assertThat(text(section(doc, "二"))).contains("尚无到期的工作任务，本期不作评价");
    }

    @Test
    void appendixRanksEachGroupWithChangeSinceLastBulletin() {
        BulletinDocument doc = composer.compose(crafted());

        assertThat(doc.rankings()).extracting(BulletinDocument.RankingTable::groupLabel).containsExactly("市（州）", "省直部门");
        assertThat(doc.rankings().get(0).lines()).extracting(RankingLine::rank, RankingLine::unitName, RankingLine::score, RankingLine::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "成都市", "82.5", "上升1位"),
                        org.assertj.core.groups.Tuple.tuple("2", "绵阳市", "70.0", "下降1位"),
                        org.assertj.core.groups.Tuple.tuple("3", "内江市", "40.0", "新列入"));
        assertThat(doc.rankings().get(1).lines()).extracting(RankingLine::change).containsExactly("持平", "持平");
    }

    @Test
    void eachUnitsCopyOpensWithItsOwnScoreAndRank() {
        assertThat(BulletinComposer.unitSummaryLine(crafted(), "510700"))
                .isEqualTo("绵阳市：截至2007年11月5日，贵单位得分70.0分（满分100.0分），在市（州）中排名第2位（共3个单位），较上期下降1位。");
    }

    @Test
    void theOverviewNamesTheIndicatorsRuledNotApplicableToAUnit() {
        BulletinInput crafted = crafted();
        List<UnitStanding> units = new java.util.ArrayList<>();
        for (UnitStanding u : crafted.units()) {
            units.add(u.code().equals("000001") ? new UnitStanding(u.code(), u.name(), u.group(), u.score(), 95, u.rank(),
                    u.previousRank(), u.milestones(), List.of("网站可用性（本部门无独立网站，由省政府门户网站统一公开）")) : u);
        }
        BulletinInput input = new BulletinInput(crafted.campaignId(), crafted.campaignTitle(), crafted.number(),
                crafted.asOf(), crafted.issuedOn(), crafted.issuer(), crafted.milestones(), units, crafted.previous());

        assertThat(text(section(composer.compose(input), "一")))
                .contains("以下单位的部分考核事项不适用，不计入其满分")
                .contains("：网站可用性（本部门无独立网站，由省政府门户网站统一公开）");
        assertThat(text(section(composer.compose(crafted), "一"))).doesNotContain("不适用");
    }
}
