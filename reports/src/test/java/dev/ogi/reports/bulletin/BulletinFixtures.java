package dev.ogi.reports.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A crafted campaign and set of units whose bulletin is known in advance. */
final class BulletinFixtures {

    static final LocalDate AS_OF = LocalDate.of(2007, 11, 5);

    static final MilestoneInfo M1 = new MilestoneInfo("M1", "组织保障",
            "9月底前落实政府信息公开工作机构，明确分管领导及具体工作人员，并上报省政府办公厅", Optional.of(LocalDate.of(2007, 9, 30)));
    static final MilestoneInfo M4 = new MilestoneInfo("M4", "信息梳理与填报",
            "全面梳理政府信息，10月10日前在网上填报系统填报完毕", Optional.of(LocalDate.of(2007, 10, 10)));
    static final MilestoneInfo M5 = new MilestoneInfo("M5", "指南和目录上网公示",
            "10月31日前将编制的公开指南和公开目录在政府网站上网公示", Optional.of(LocalDate.of(2007, 10, 31)));
    static final MilestoneInfo M3 = new MilestoneInfo("M3", "经费保障",
            "把政府信息公开工作经费纳入年度财政预算", Optional.of(LocalDate.of(2007, 12, 31)));
    static final MilestoneInfo M7 = new MilestoneInfo("M7", "全面完成并正式公布",
            "2008年2月底前全面完成，在政府网站和政府信息查阅场所公布", Optional.of(LocalDate.of(2008, 2, 29)));

    static final Gap GUIDE_MISSING = new Gap("公开指南未上网公示", "将公开指南在政府网站上网公示");
    static final Gap CATALOGUE_MISSING = new Gap("公开目录未上网公示", "将公开目录在政府网站上网公示");

    private BulletinFixtures() {
    }

    static MilestoneStanding onTime(MilestoneInfo m, int daysEarly) {
        return new MilestoneStanding(m.id(), MilestoneStatus.met_on_time,
                Optional.of(m.deadline().orElseThrow().minusDays(daysEarly)), List.of());
    }

    static MilestoneStanding late(MilestoneInfo m, int daysLate) {
        return new MilestoneStanding(m.id(), MilestoneStatus.met_late,
                Optional.of(m.deadline().orElseThrow().plusDays(daysLate)), List.of());
    }

    static MilestoneStanding notMet(MilestoneInfo m, Gap... gaps) {
        return new MilestoneStanding(m.id(), MilestoneStatus.not_met, Optional.empty(), List.of(gaps));
    }

    static MilestoneStanding pending(MilestoneInfo m) {
        return new MilestoneStanding(m.id(), MilestoneStatus.pending, Optional.empty(), List.of());
    }

    static UnitStanding unit(String code, String name, String group, double score, Integer rank, Integer previousRank,
                             MilestoneStanding... milestones) {
        List<MilestoneStanding> all = new ArrayList<>(List.of(milestones));
        return new UnitStanding(code, name, group, score, 100, Optional.ofNullable(rank), Optional.ofNullable(previousRank), all);
    }

    /**
     * As of 2007-11-05 (M1, M4, M5 due; M3, M7 ahead):
     * 成都市 and 省发展改革委 met everything on time; 绵阳市 filed 3 days late; 内江市 has no catalogue;
     * 省教育厅 reported no organisation and has neither guide nor catalogue.
     */
    static BulletinInput crafted() {
        return crafted(AS_OF);
    }

    static BulletinInput crafted(LocalDate asOf) {
        List<UnitStanding> units = List.of(
                unit("510100", "成都市", "市州", 82.5, 1, 2, onTime(M1, 3), onTime(M4, 1), onTime(M5, 2), onTime(M3, 10), pending(M7)),
                unit("510700", "绵阳市", "市州", 70.0, 2, 1, onTime(M1, 0), late(M4, 3), onTime(M5, 0), pending(M3), pending(M7)),
                unit("511000", "内江市", "市州", 40.0, 3, null, onTime(M1, 1), onTime(M4, 1), notMet(M5, CATALOGUE_MISSING), pending(M3), pending(M7)),
                unit("000001", "省发展改革委", "省直部门", 75.0, 1, 1, onTime(M1, 5), onTime(M4, 2), onTime(M5, 1), pending(M3), pending(M7)),
                unit("000002", "省教育厅", "省直部门", 12.5, 2, 2, notMet(M1), onTime(M4, 0), notMet(M5, GUIDE_MISSING, CATALOGUE_MISSING), pending(M3), pending(M7)));
        return new BulletinInput("ogi-2007", "政府信息公开条例施行准备工作（2007年）", 7, asOf, asOf,
                "四川省人民政府办公厅", List.of(M1, M4, M5, M3, M7), units);
    }
}
