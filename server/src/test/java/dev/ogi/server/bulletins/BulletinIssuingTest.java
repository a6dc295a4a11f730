package dev.ogi.server.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(DropwizardExtensionsSupport.class)
class BulletinIssuingTest {

    private static final Path DATABASE = TestApp.newDatabaseFile();

    @RegisterExtension
    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension(DATABASE);

    @BeforeAll
    static void seed() {
        BulletinFixture.requireCjkFont();
        BulletinFixture.seed(BulletinFixture.jdbi(APP));
    }

    /** Issuing renders a PDF: on a loaded machine that can outlast the test client's 5 s read timeout. */
    private static jakarta.ws.rs.client.WebTarget office(String path) {
        return TestApp.asOffice(APP, path).property(org.glassfish.jersey.client.ClientProperties.READ_TIMEOUT, 120_000);
    }

    private static Response post(String asOf) {
        return office("/bulletins").queryParam("asOf", asOf).request().post(Entity.text(""));
    }

    @Test
    void issuingTwiceWithTheSameKeyGivesOneBulletinAndOneSetOfRecipients() {
        Response first = post("2007-11-05");
        JsonNode issued = first.readEntity(JsonNode.class);
        Response again = post("2007-11-05");
        JsonNode repeated = again.readEntity(JsonNode.class);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(repeated.at("/created").asBoolean()).isFalse();
        long id = issued.at("/bulletin/id").asLong();
        assertThat(repeated.at("/bulletin/id").asLong()).isEqualTo(id);
        assertThat(issued.at("/bulletin/issueKey").asText()).isEqualTo("ogi-2007/2007-11-05");

        // a restart: a new service on the same database file issues the same key
        Jdbi jdbi = BulletinFixture.jdbi(APP);
        BulletinService afterRestart = BulletinFixture.service(jdbi, Clock.systemUTC(), BulletinFixture.configuration());
        BulletinService.Issued reissued = afterRestart.issue(LocalDate.of(2007, 11, 5), "schedule", "ogi-2007/2007-11-05");

        assertThat(reissued.created()).isFalse();
        assertThat(reissued.bulletin().id()).isEqualTo(id);
        int stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM bulletins WHERE issue_key = 'ogi-2007/2007-11-05'")
                .mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(1);
        // the two valid office e-mails, once each ("not an address" is left out)
        assertThat(afterRestart.recipients(id)).extracting(RecipientRow::email)
                .containsExactlyInAnyOrder("ogi@chengdu.example.cn", "ogi@mianyang.example.cn");
    }

    @Test
    void twoNodesIssuingTheSameBulletinAtOnceIssueItOnce() throws Exception {
        Jdbi jdbi = BulletinFixture.jdbi(APP);
        BulletinService nodeA = BulletinFixture.service(jdbi, Clock.systemUTC(), BulletinFixture.configuration("leader@sc.example.cn"));
        BulletinService nodeB = BulletinFixture.service(BulletinFixture.jdbi(APP), Clock.systemUTC(),
                BulletinFixture.configuration("leader@sc.example.cn"));
        LocalDate day = LocalDate.of(2007, 11, 12);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BulletinService.Issued>> results = pool.invokeAll(List.<Callable<BulletinService.Issued>>of(
                    () -> nodeA.issue(day, "node-a", "ogi-2007/2007-11-12"),
                    () -> nodeB.issue(day, "node-b", "ogi-2007/2007-11-12")));
            BulletinService.Issued a = results.get(0).get();
            BulletinService.Issued b = results.get(1).get();

            assertThat(a.bulletin().id()).isEqualTo(b.bulletin().id());
            assertThat(List.of(a.created(), b.created())).containsExactlyInAnyOrder(true, false);
            assertThat(nodeA.recipients(a.bulletin().id())).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theArchiveServesTheBulletinItsPageAndItsPdf() {
        long id = post("2007-10-08").readEntity(JsonNode.class).at("/bulletin/id").asLong();

        JsonNode archive = office("/bulletins").request().get(JsonNode.class);
        JsonNode detail = office("/bulletins/" + id).request().get(JsonNode.class);
        Response pdf = office("/bulletins/" + id + "/pdf").request().get();
        Response html = office("/bulletins/" + id + "/html").request().get();

        assertThat(archive.findValuesAsText("issueKey")).contains("ogi-2007/2007-10-08");
        assertThat(detail.at("/bulletin/title").asText()).isEqualTo("关于全省政府信息公开指南和目录编制工作进展情况的通报");
        assertThat(detail.at("/html").asText()).contains("成都市人民政府").contains("2007年10月8日");
        assertThat(detail.at("/recipients").size()).isEqualTo(2);
        assertThat(detail.at("/delivery/queued").asInt()).isEqualTo(2);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getMediaType().toString()).isEqualTo("application/pdf");
        assertThat(new String(pdf.readEntity(byte[].class), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(html.getHeaderString("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.readEntity(String.class)).contains("<h1>关于全省政府信息公开指南和目录编制工作进展情况的通报</h1>");
    }

    @Test
    void theArchivedInputsAreReadBackAsIssued() {
        long id = post("2007-11-01").readEntity(JsonNode.class).at("/bulletin/id").asLong();
        BulletinService service = BulletinFixture.service(BulletinFixture.jdbi(APP), Clock.systemUTC(),
                BulletinFixture.configuration());

        var input = service.input(id).orElseThrow();

        assertThat(input.asOf()).isEqualTo(LocalDate.of(2007, 11, 1));
        var chengdu = input.units().stream().filter(u -> u.code().equals(BulletinFixture.CHENGDU)).findFirst().orElseThrow();
        assertThat(chengdu.rank()).contains(1);
        assertThat(chengdu.milestone("M5").orElseThrow().status().name()).isEqualTo("met_on_time");
        assertThat(service.html(id)).contains("公开目录未上网公示（截止2007年10月31日，已逾期1天）");
    }

    @Test
    void leadersAndUnitsReadBulletinsButNotDeliveryAndOnlyTheOfficeIssues() {
        long id = post("2007-10-15").readEntity(JsonNode.class).at("/bulletin/id").asLong();
        var readTimeout = org.glassfish.jersey.client.ClientProperties.READ_TIMEOUT;

        JsonNode asLeader = TestApp.asLeader(APP, "/bulletins/" + id).request().get(JsonNode.class);
        JsonNode asUnit = TestApp.asUnit(APP, BulletinFixture.CHENGDU, "/bulletins/" + id).request().get(JsonNode.class);
        Response unitIssues = TestApp.asUnit(APP, BulletinFixture.CHENGDU, "/bulletins").property(readTimeout, 120_000)
                .queryParam("asOf", "2007-10-16").request().post(Entity.text(""));
        Response leaderIssues = TestApp.asLeader(APP, "/bulletins").property(readTimeout, 120_000)
                .queryParam("asOf", "2007-10-16").request().post(Entity.text(""));
        Response anonymous = TestApp.anonymous(APP, "/bulletins").request().get();

        assertThat(asLeader.at("/html").asText()).contains("成都市人民政府");
        assertThat(asLeader.has("recipients")).isFalse();
        assertThat(asUnit.has("recipients")).isFalse();
        assertThat(asUnit.has("delivery")).isFalse();
        assertThat(unitIssues.getStatus()).isEqualTo(403);
        assertThat(leaderIssues.getStatus()).isEqualTo(403);
        assertThat(anonymous.getStatus()).isEqualTo(401);
    }

    @Test
    void aMalformedAsOfIsRefusedWithTheFieldNamed() {
        Response response = post("2007-13-45");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.readEntity(JsonNode.class).at("/error").asText()).contains("asOf");
    }
}
