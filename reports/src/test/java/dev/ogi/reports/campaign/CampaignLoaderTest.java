package dev.ogi.reports.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLoaderTest {

    private final CampaignLoader loader = new CampaignLoader();

    @Test
    void the2007CampaignHasTheMeetingsDeadlinesAndAHundredPoints() {
        Campaign campaign = loader.loadAll(null).get("ogi-2007");

        assertThat(campaign.milestones()).extracting(Milestone::id)
                .containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7");
        assertThat(campaign.milestone("M1").orElseThrow().deadline()).isEqualTo(LocalDate.of(2007, 9, 30));
        assertThat(campaign.milestone("M4").orElseThrow().deadline()).isEqualTo(LocalDate.of(2007, 10, 10));
        assertThat(campaign.milestone("M5").orElseThrow().deadline()).isEqualTo(LocalDate.of(2007, 10, 31));
        assertThat(campaign.milestone("M7").orElseThrow().deadline()).isEqualTo(LocalDate.of(2008, 2, 29));
        assertThat(campaign.maxPoints()).isEqualTo(100.0);
        assertThat(campaign.lateShare()).isEqualTo(0.5);
        assertThat(campaign.contentHash()).hasSize(64);
        assertThat(campaign.declarationType("organisation").orElseThrow().fields())
                .extracting(DeclarationField::id).contains("officeName", "address", "hours", "phone", "fax", "email");
    }

    @Test
    void aCampaignIsAddedByDroppingAFileInTheFolder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("annual-2009.yml"), """
                id: annual-report-2009
                title: 2009年度政府信息公开工作年度报告
                start: 2010-01-01
                end: 2010-04-30
                weightsVersion: "1"
                lateShare: 0.4
                milestones:
                  - id: R1
                    title: 年度报告公布
                    deadline: 2010-03-31
                    evidencing: declared
                    indicators:
                      - { id: annual_report, title: 年度报告按时公布, weight: 100, rule: declaration_approved }
                """);

        Map<String, Campaign> campaigns = loader.loadAll(folder);

        assertThat(campaigns).containsKeys("ogi-2007", "annual-report-2008", "annual-report-2009");
        assertThat(campaigns.get("annual-report-2009").lateShare()).isEqualTo(0.4);
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        byte[] content = "id: x\ntitle: [unclosed\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> loader.parse("bad.yml", content))
                .isInstanceOf(CampaignFileException.class)
                .hasMessageContaining("campaign file bad.yml")
                .hasMessageContaining("line");
    }

    @Test
    void duplicateMilestoneIsRefused() {
        byte[] content = campaignFile("0.5", "  - { id: M1, title: a, evidencing: declared }\n"
                + "  - { id: M1, title: b, evidencing: crawled }\n");

        assertThatThrownBy(() -> loader.parse("dup.yml", content))
                .hasMessage("campaign file dup.yml: milestone M1 appears twice");
    }

    @Test
    void lateShareOutsideZeroToOneIsRefused() {
        byte[] content = campaignFile("1.5", "  - { id: M1, title: a, evidencing: declared }\n");

        assertThatThrownBy(() -> loader.parse("late.yml", content))
                .hasMessageContaining("lateShare must be between 0 and 1, was 1.5");
    }

    @Test
    void declarationTypeNamingAnUnknownMilestoneIsRefused() {
        byte[] content = campaignFile("0.5", "  - { id: M1, title: a, evidencing: declared }\n"
                + "declarationTypes:\n"
                + "  - { id: org, title: 组织机构, milestone: M9 }\n");

        assertThatThrownBy(() -> loader.parse("decl.yml", content))
                .hasMessageContaining("declaration type org names unknown milestone M9");
    }

    /** A campaign file of one invented campaign: its header with {@code lateShare}, then {@code milestones}. */
    static byte[] campaignFile(String lateShare, String milestones) {
        return ("""
                id: x
                title: t
                start: 2007-09-19
                end: 2008-05-01
                weightsVersion: "1"
                lateShare: %s
                milestones:
                """.formatted(lateShare) + milestones).getBytes(StandardCharsets.UTF_8);
    }
}
