package dev.ogi.server.pages;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ogi.crawlers.fetch.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.jsoup.nodes.Entities;

/**
 * The dashboard's pages, each rendered once from one shell ({@code web-pages/shell.html}) and the
 * page list {@code web-pages/pages.json}: a page is its title, its module script and, where it
 * needs them, Chart.js and extra style sheets. The navigation and content are built by the module.
 */
public final class PageShells {

    /** One page as the list describes it. */
    public record PageSpec(String title, String module, boolean charts, List<String> styles, String body) {
        public PageSpec {
            styles = styles == null ? List.of() : List.copyOf(styles);
        }
    }

    /** A rendered page with the tag a browser revalidates it by. */
    public record Page(byte[] html, String etag) {
    }

    private static final String ROOT = "/web-pages/";

    private final Map<String, Page> pages;

    private PageShells(Map<String, Page> pages) {
        this.pages = Map.copyOf(pages);
    }

    /** Renders every page of the list on the class path; a missing or broken file fails start-up. */
    public static PageShells load(ObjectMapper json) {
        Map<String, PageSpec> specs;
        try (InputStream in = resource("pages.json")) {
            specs = json.readValue(in, new TypeReference<LinkedHashMap<String, PageSpec>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page list " + ROOT + "pages.json", e);
        }
        String shell = text("shell.html");
        String defaultBody = text("default-body.html");
        String chartScript = "/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.js";
        Map<String, Page> rendered = new LinkedHashMap<>();
        specs.forEach((name, spec) -> {
            String html = render(shell, spec, spec.body() == null ? defaultBody : text(spec.body()), chartScript);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            rendered.put(name, new Page(bytes, "\"" + Hashes.sha256Hex(bytes).substring(0, 16) + "\""));
        });
        return new PageShells(rendered);
    }

    /** The page named {@code name} (as in {@code /name.html}), if the list has it. */
    public Optional<Page> page(String name) {
        return Optional.ofNullable(pages.get(name));
    }

    static String render(String shell, PageSpec spec, String body, String chartScript) {
        StringBuilder head = new StringBuilder("<link rel=\"stylesheet\" href=\"/css/app.css\">\n");
        for (String style : spec.styles()) {
            head.append("<link rel=\"stylesheet\" href=\"/css/").append(attribute(style)).append(".css\">\n");
        }
        if (spec.charts()) {
            head.append("<script src=\"").append(attribute(chartScript)).append("\"></script>\n");
        }
        head.append("<script type=\"module\" src=\"/js/").append(attribute(spec.module())).append(".js\"></script>");
        return shell.replace("{{title}}", Entities.escape(spec.title()))
                .replace("{{head}}", head)
                .replace("{{body}}", body.strip());
    }

    private static String attribute(String value) {
        return Entities.escape(value);
    }

    /** The Chart.js version of the WebJar on the class path, so a dependency update needs no page edit. */
    private static String chartJsVersion() {
        try (InputStream in = PageShells.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PageShells.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("the page file " + ROOT + name + " is not on the class path");
        }
        return in;
    }
}
