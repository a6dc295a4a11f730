package dev.ogi.reports.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.campaign.CampaignFileException;
import dev.ogi.reports.campaign.CampaignLoader;
import dev.ogi.reports.campaign.Milestone;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CampaignRulesTest {

    @Test
    void everyBuiltInIndicatorUsesARuleTheEngineKnows() {
        for (Campaign campaign : new CampaignLoader().loadBuiltIn()) {
            campaign.milestones().stream().map(Milestone::indicators).flatMap(java.util.List::stream)
                    .forEach(i -> assertThat(Rule.named(i.rule())).as(i.id()).isPresent());
        }
    }

    @Test
    void aCampaignFileWithAnUnknownRuleIsRefusedNamingTheIndicator() {
        String yaml = """
                id: x
                title: 测试
                start: 2007-09-19
                end: 2008-05-01
                weightsVersion: "1"
                lateShare: 0.5
                milestones:
                  - id: M1
                    title: 组织保障
                    deadline: 2007-09-30
                    evidencing: declared
                    indicators:
                      - { id: organisation, title: 机构, weight: 10, rule: declaration_aproved }
                """;

        assertThatThrownBy(() -> new CampaignLoader().parse("x.yml", yaml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CampaignFileException.class)
                .hasMessageContaining("organisation").hasMessageContaining("declaration_aproved")
                .hasMessageContaining("declaration_approved");
    }
}
