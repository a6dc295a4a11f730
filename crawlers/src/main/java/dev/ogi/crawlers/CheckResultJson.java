package dev.ogi.crawlers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ogi.crawlers.model.CatalogueField;
import dev.ogi.crawlers.model.CatalogueFinding;
import dev.ogi.crawlers.model.GuideElement;
import dev.ogi.crawlers.model.GuideFinding;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.WebsiteFinding;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The fixed JSON contract of the {@code check} command (tools depend on it, so keys and their
 * meaning never change): an array with one object per unit,
 * <pre>
 * {"code","homepage","reachable","error","robotsBlocked","pagesFetched",
 *  "guide":{"found","url","underConstruction","elements":[...]},
 *  "catalogue":{"found","url","underConstruction","entries","fields":[...]},
 *  "website":{"latestUpdate":{"date","url"}|null, "brokenLinks":{"checked","broken":[{"url","status","on"}]},
 *             "applyOnline":{"found","url"}, "annualReport":{"found","url","year","publishedOn"}}}
 * </pre>
 * Element and field codes as in the README's "The domain", in the order the Regulations list them;
 * {@code entries} is null where it cannot be counted; a broken link's {@code status} is 0 for no
 * answer and 200 for a soft 404; dates are {@code YYYY-MM-DD}.
 */
public final class CheckResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private CheckResultJson() {
    }

    public static ArrayNode toTree(List<SiteResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SiteResult r : results) {
            array.add(toTree(r));
        }
        return array;
    }

    public static ObjectNode toTree(SiteResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", r.code());
        o.put("homepage", r.homepage());
        o.put("reachable", r.reachable());
        o.put("error", r.error());
        o.put("robotsBlocked", r.robotsBlocked());
        o.put("pagesFetched", r.pagesFetched());
        GuideFinding g = r.guide() == null ? GuideFinding.missing() : r.guide();
        ObjectNode guide = finding(o, "guide", g.found(), g.url(), g.underConstruction());
        codes(guide, "elements", GuideElement.values(), g.elements());
        CatalogueFinding c = r.catalogue() == null ? CatalogueFinding.missing() : r.catalogue();
        ObjectNode catalogue = finding(o, "catalogue", c.found(), c.url(), c.underConstruction());
        catalogue.put("entries", c.entries());
        codes(catalogue, "fields", CatalogueField.values(), c.fields());
        website(o.putObject("website"), r.website());
        return o;
    }

    private static void website(ObjectNode o, WebsiteFinding w) {
        if (w.latestUpdate().isPresent()) {
            ObjectNode latest = o.putObject("latestUpdate");
            latest.put("date", w.latestUpdate().get().date().toString());
            latest.put("url", w.latestUpdate().get().url());
        } else {
            o.putNull("latestUpdate");
        }
        ObjectNode links = o.putObject("brokenLinks");
        links.put("checked", w.linksChecked());
        ArrayNode broken = links.putArray("broken");
        for (WebsiteFinding.BrokenLink b : w.broken()) {
            broken.addObject().put("url", b.url()).put("status", b.status()).put("on", b.on());
        }
        ObjectNode apply = o.putObject("applyOnline");
        apply.put("found", w.applyOnline().found());
        apply.put("url", w.applyOnline().url());
        WebsiteFinding.AnnualReport a = w.annualReport();
        ObjectNode report = o.putObject("annualReport");
        report.put("found", a.found());
        report.put("url", a.url());
        report.put("year", a.year());
        report.put("publishedOn", a.publishedOn().map(Object::toString).orElse(null));
    }

    private static ObjectNode finding(ObjectNode parent, String key, boolean found, String url,
                                      boolean underConstruction) {
        ObjectNode f = parent.putObject(key);
        f.put("found", found);
        f.put("url", url);
        f.put("underConstruction", underConstruction);
        return f;
    }

    /** The codes present, in the order the Regulations list them. */
    private static <E extends Enum<E>> void codes(ObjectNode parent, String key, E[] inOrder, Set<E> present) {
        ArrayNode codes = parent.putArray(key);
        for (E e : inOrder) {
            if (present.contains(e)) {
                codes.add(e.name());
            }
        }
    }

    /** The results as pretty-printed JSON text (UTF-8 when written out). */
    public static String toJson(List<SiteResult> results) {
        try {
            return MAPPER.writeValueAsString(toTree(results));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the results as UTF-8 JSON; the stream is left open. */
    public static void write(List<SiteResult> results, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(results));
        out.flush();
    }
}
