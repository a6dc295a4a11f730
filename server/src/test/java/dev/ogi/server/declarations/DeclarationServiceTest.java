package dev.ogi.server.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.reports.campaign.Campaign;
import dev.ogi.reports.score.IndicatorScore;
import dev.ogi.reports.score.IndicatorStatus;
import dev.ogi.server.AppContext;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.core.DomainException;
import dev.ogi.server.db.Database;
import dev.ogi.server.scores.ScoreService;
import io.dropwizard.jackson.Jackson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on its own (no HTTP): its role checks, the reviewer rule, and what approval does to scores. */
class DeclarationServiceTest {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final Actor OFFICE = Actor.office("office-a");
    private static final Actor OTHER_OFFICE = Actor.office("office-b");
    private static final Actor CHENGDU = Actor.unit("chengdu", "510100");

    @TempDir
    Path folder;

    private AppContext context;
    private DeclarationService service;

    @BeforeEach
    void start() {
        OgiConfiguration configuration = new OgiConfiguration();
        configuration.setDatabase(OgiConfiguration.sqliteDefaults(folder.resolve("ogi.db").toString()));
        configuration.getDeclarations().setAttachmentsDirectory(folder.resolve("attachments").toString());
        Jdbi jdbi = Database.openStandalone(configuration.getDatabase());
        context = AppContext.create(configuration, jdbi, Clock.fixed(Instant.parse("2007-09-20T02:00:00Z"), ZoneOffset.UTC),
                JSON, new MetricRegistry());
        context.units().importCsv(("code,name,group,homepage\n510100,成都市人民政府,市州,http://www.chengdu.gov.cn/\n"
                + "510300,自贡市人民政府,市州,http://www.zg.gov.cn/\n").getBytes(StandardCharsets.UTF_8));
        service = context.declarations();
    }

    private Map<String, JsonNode> organisation() {
        return JSON.convertValue(DeclarationFixtures.organisation("028-61881234"), JSON.getTypeFactory()
                .constructMapType(Map.class, String.class, JsonNode.class));
    }

    private static Instant day(String date) {
        return Instant.parse(date + "T02:00:00Z");
    }

    private long submitted(Instant at) {
        Views.Declaration declaration = service.submitAt(CHENGDU, "510100", null, "organisation", Optional.of(organisation()), at);
        return declaration.versions().get(0).id();
    }

    @Test
    void unitsNeverReviewAndOnlyFileForThemselves() {
        long id = submitted(day("2007-09-25"));

        assertThatThrownBy(() -> service.reviews().review(CHENGDU, id, "pass", "自审"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_ALLOWED));
        assertThatThrownBy(() -> service.reviews().review(Actor.unit("zigong", "510300"), id, "pass", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_ALLOWED));
        assertThatThrownBy(() -> service.list(Actor.unit("zigong", "510300"), "510100", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_ALLOWED));
        assertThatThrownBy(() -> service.saveDraft(Actor.unit("zigong", "510300"), "510100", null, "organisation", organisation()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_ALLOWED));
        assertThatThrownBy(() -> service.reviews().review(Actor.leader("leader"), id, "pass", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_ALLOWED));
        assertThat(service.get(OFFICE, "510100", null, "organisation").status()).isEqualTo("submitted");
    }

    @Test
    void withDistinctReviewersNoAccountDoesTwoStepsOfOneVersion() {
        context.configuration().getDeclarations().setDistinctReviewers(true);
        long id = submitted(day("2007-09-25"));
        service.reviews().reviewAt(OFFICE, id, "pass", "初审通过", day("2007-09-26"));

        assertThatThrownBy(() -> service.reviews().reviewAt(OFFICE, id, "pass", "复审通过", day("2007-09-27")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).startsWith("谁审核谁负责").contains("初审").contains("复审");
                });
        service.reviews().reviewAt(OTHER_OFFICE, id, "pass", "复审通过", day("2007-09-27"));
        assertThat(service.get(OFFICE, "510100", null, "organisation").status()).isEqualTo("second_reviewed");
    }

    @Test
    void approvalChangesTheScoreDatedByTheSubmissionNotTheApproval() {
        Campaign campaign = context.campaigns().defaultCampaign();
        ScoreService scores = context.scores();
        long id = submitted(day("2007-09-28"));
        service.reviews().reviewAt(OFFICE, id, "pass", "初审通过", day("2007-10-03"));
        service.reviews().reviewAt(OFFICE, id, "pass", "复审通过", day("2007-10-04"));
        IndicatorScore before = organisationIndicator(scores, campaign, LocalDate.of(2007, 10, 10));

        service.reviews().reviewAt(OFFICE, id, "pass", "复核：准予公示", day("2007-10-05"));
        IndicatorScore after = organisationIndicator(scores, campaign, LocalDate.of(2007, 10, 10));

        assertThat(before.status()).isEqualTo(IndicatorStatus.not_met);
        assertThat(before.points()).isZero();
        assertThat(after.status()).isEqualTo(IndicatorStatus.met_on_time);
        assertThat(after.metOn()).contains(LocalDate.of(2007, 9, 28));
        assertThat(after.points()).isEqualTo(after.maxPoints());
    }

    private static IndicatorScore organisationIndicator(ScoreService scores, Campaign campaign, LocalDate asOf) {
        return scores.score(campaign, "510100", asOf).orElseThrow().indicators().stream()
                .filter(i -> i.indicatorId().equals("organisation")).findFirst().orElseThrow();
    }
}
