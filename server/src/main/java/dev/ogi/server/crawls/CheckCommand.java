package dev.ogi.server.crawls;

import dev.ogi.crawlers.CheckResultJson;
import dev.ogi.crawlers.CrawlListener;
import dev.ogi.crawlers.Crawler;
import dev.ogi.crawlers.fetch.Urls;
import dev.ogi.crawlers.CrawlerSettings;
import dev.ogi.crawlers.model.SiteResult;
import dev.ogi.crawlers.model.SiteTarget;
import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import dev.ogi.server.units.UnitCsv;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code check --units UNITS.csv [--proxy HOST:PORT] --out RESULT.json} and {@code check URL}:
 * judges sites without a database and writes the fixed JSON contract (see
 * {@link CheckResultJson}). UNITS.csv has the header {@code code,name,group,homepage} (UTF-8, a
 * BOM tolerated); rows that cannot be read are reported with their line numbers and skipped.
 */
public class CheckCommand extends Command {

    public CheckCommand() {
        super("check", "Checks websites without a database: check --units UNITS.csv [--proxy HOST:PORT] --out RESULT.json, or check URL");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("url").nargs("?").metavar("URL").help("one site's homepage; its JSON goes to stdout");
        subparser.addArgument("--units").metavar("UNITS.csv").help("units to check: code,name,group,homepage (UTF-8)");
        subparser.addArgument("--out").metavar("RESULT.json").help("where the JSON array of results goes");
        subparser.addArgument("--proxy").metavar("HOST:PORT").help("HTTP proxy; it resolves the host names");
        subparser.addArgument("--name").metavar("NAME").help("with URL: the unit's name, which its guide must name");
        subparser.addArgument("--delay-ms").type(Integer.class).metavar("MS").help("pause between two requests to one host (default 1000)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        System.exit(run(namespace, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 ok, 2 bad input). */
    public int run(Namespace namespace, PrintStream out, PrintStream err) throws IOException {
        String url = namespace.getString("url");
        String units = namespace.getString("units");
        String outFile = namespace.getString("out");
        if ((url == null) == (units == null)) {
            err.println("check: give either URL or --units UNITS.csv --out RESULT.json");
            return 2;
        }
        CrawlerSettings settings = CrawlerSettings.defaults();
        String proxy = namespace.getString("proxy");
        if (proxy != null) {
            try {
                settings = settings.withProxy(CrawlerSettings.parseProxy(proxy));
            } catch (IllegalArgumentException e) {
                err.println("check: --proxy " + e.getMessage());
                return 2;
            }
        }
        Integer delay = namespace.getInt("delay_ms");
        if (delay != null) {
            settings = settings.withPolitenessDelay(Duration.ofMillis(Math.max(0, delay)));
        }
        List<SiteTarget> targets;
        if (url != null) {
            String homepage = Urls.withDefaultScheme(url);
            String host = hostOf(homepage);
            String name = namespace.getString("name");
            targets = List.of(new SiteTarget(host == null ? homepage : host, name == null ? "" : name, "", homepage));
        } else {
            if (outFile == null) {
                err.println("check: --units needs --out RESULT.json");
                return 2;
            }
            Path file = Path.of(units);
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println("check: no such file: " + file.toAbsolutePath());
                return 2;
            }
            List<String> problems = new ArrayList<>();
            targets = readUnits(content, problems);
            problems.forEach(p -> err.println(file + ": " + p));
            if (targets.isEmpty()) {
                err.println("check: " + file + " has no unit that can be checked");
                return 2;
            }
        }
        List<SiteResult> results;
        try (Crawler crawler = new Crawler(settings)) {
            results = crawler.crawlAll(targets, CrawlListener.NONE);
        }
        if (url != null) {
            out.println(CheckResultJson.toTree(results.get(0)).toPrettyString());
        } else {
            try (OutputStream file = Files.newOutputStream(Path.of(outFile))) {
                CheckResultJson.write(results, file);
            }
            long reachable = results.stream().filter(SiteResult::reachable).count();
            out.printf("checked %d units (%d reachable) -> %s%n", results.size(), reachable, outFile);
        }
        return 0;
    }

    /**
     * The rows of a UNITS.csv. A row without a code or a name, a duplicate code or a row of the
     * wrong width is reported (line number and why) and skipped; a bad homepage is left to the
     * crawler, whose result then carries the per-unit error.
     */
    static List<SiteTarget> readUnits(byte[] content, List<String> problems) {
        List<SiteTarget> targets = new ArrayList<>();
        try (CSVParser parser = UnitCsv.parser(new String(content, StandardCharsets.UTF_8))) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String column : List.of("code", "name", "group", "homepage")) {
                if (!header.containsKey(column)) {
                    problems.add("line 1: the header lacks column \"" + column + "\"; it must be code,name,group,homepage");
                    return List.of();
                }
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    problems.add("line " + line + ": " + record.size() + " columns, the header has " + header.size());
                    continue;
                }
                String code = record.get("code").strip();
                String name = record.get("name").strip();
                String homepage = record.get("homepage").strip();
                if (code.isEmpty() || name.isEmpty()) {
                    problems.add("line " + line + ": code and name are required");
                } else if (!seen.add(code)) {
                    problems.add("line " + line + ": code " + code + " appears twice");
                } else if (homepage.isEmpty()) {
                    problems.add("line " + line + ": unit " + code + " has no homepage");
                } else {
                    // the optional fifth column: the unit's OGI entry page on a shared platform
                    String ogiUrl = header.containsKey("ogiUrl") ? record.get("ogiUrl").strip() : "";
                    String ogiProblem = ogiUrl.isEmpty() ? null
                            : UnitCsv.ogiUrlProblem(Urls.withDefaultScheme(ogiUrl));
                    if (ogiProblem != null) {
                        problems.add("line " + line + ": " + ogiProblem);
                    } else {
                        targets.add(new SiteTarget(code, name, record.get("group").strip(),
                                Urls.withDefaultScheme(homepage),
                                ogiUrl.isEmpty() ? java.util.Optional.empty()
                                        : java.util.Optional.of(Urls.withDefaultScheme(ogiUrl))));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("not a readable CSV: " + e.getMessage());
        }
        return targets;
    }

    private static String hostOf(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
