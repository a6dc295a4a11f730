package dev.ogi.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ogi.server.OgiConfiguration;
import dev.ogi.server.TestApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class PageShellsTest {

    static final DropwizardAppExtension<OgiConfiguration> APP = TestApp.extension();

    private static Response get(String path, String ifNoneMatch) {
        var request = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + path).request();
        return ifNoneMatch == null ? request.get() : request.header("If-None-Match", ifNoneMatch).get();
    }

    private static Document page(String path) {
        Response response = get(path, null);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("text/html");
        return Jsoup.parse(response.readEntity(String.class));
    }

    @Test
    void eachPageIsTheShellWithItsTitleModuleAndStyles() {
        Document rankings = page("/rankings.html");
        assertThat(rankings.title()).isEqualTo("排名 - 政府信息公开准备工作监测平台");
        assertThat(rankings.select("script[type=module]").attr("src")).isEqualTo("/js/rankings.js");
        assertThat(rankings.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/css/app.css");
        assertThat(rankings.select("header#top")).hasSize(1);
        assertThat(rankings.select("main#main").text()).isEqualTo("正在加载……");

        Document reviews = page("/reviews.html");
        assertThat(reviews.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/css/app.css", "/css/declarations.css");
        assertThat(reviews.select("script:not([type])")).isEmpty();
    }

    @Test
    void theOverviewIsTheRootAndLoadsChartJsFromItsWebJar() {
        Document overview = page("/");
        assertThat(overview.title()).startsWith("总览");
        String chart = overview.select("script:not([type])").attr("src");
        assertThat(chart).matches("/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.js");
        assertThat(get(chart, null).getStatus()).isEqualTo(200);
        assertThat(page("/index.html").html()).isEqualTo(overview.html());
    }

    @Test
    void theLoginPageHasItsOwnFormBody() {
        Document login = page("/login.html");
        assertThat(login.select("form#login-form").attr("action")).isEqualTo("/api/session");
        assertThat(login.select("header#top")).isEmpty();
    }

    @Test
    void anUnchangedPageIsAnswered304AndAnUnknownPage404() {
        Response first = get("/unit.html", null);
        String etag = first.getHeaderString("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaderString("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(get("/unit.html", etag).getStatus()).isEqualTo(304);
        assertThat(get("/nosuchpage.html", null).getStatus()).isEqualTo(404);
        assertThat(get("/js/unit.js", null).getStatus()).isEqualTo(200);
    }

    @Test
    void renderingEscapesTheTitle() {
        String html = PageShells.render("<title>{{title}}</title>{{head}}{{body}}",
                new PageShells.PageSpec("A<b>", "x", false, null, null), "<main></main>", "/c.js");
        assertThat(html).contains("<title>A&lt;b&gt;</title>").doesNotContain("<b>")
                .contains("<script type=\"module\" src=\"/js/x.js\"></script>");
        assertThat(html.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
