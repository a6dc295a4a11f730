package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.fetch.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a page once and extracts, in a single walk of the DOM, its text, links (anchor text,
 * image alt/title, onclick and javascript: targets, image-map areas), frames, meta refresh and
 * script redirects.
 */
public final class PageParser {

    // Bounded quantifiers only: scripts and handlers on these sites can be huge.
    private static final Pattern SCRIPT_LOCATION = Pattern.compile(
            "(?:(?:window|self|top|parent|document)\\s*\\.\\s*)?location(?:\\s*\\.\\s*href)?\\s*=\\s*[\"']([^\"'\\s]{1,500})[\"']"
                    + "|location\\s*\\.\\s*(?:replace|assign)\\s*\\(\\s*[\"']([^\"'\\s]{1,500})[\"']");
    private static final Pattern WINDOW_OPEN = Pattern.compile(
            "(?:window\\s*\\.\\s*)?open\\s*\\(\\s*[\"']([^\"'\\s]{1,500})[\"']");
    private static final Pattern REFRESH_URL = Pattern.compile("url\\s*=\\s*['\"]?\\s*([^'\"\\s>]{1,500})",
            Pattern.CASE_INSENSITIVE);

    /** Parsed once (jsoup parses a query string on every call). */
    private static final Evaluator LABELLED_IMAGE = QueryParser.parse("img[alt], img[title]");

    private PageParser() {
    }

    public static ParsedPage parse(String html, URI url, int status, Instant fetchedAt, String contentHash) {
        Document doc = Jsoup.parse(html, url.toString());
        Walk walk = new Walk(url);
        NodeTraversor.traverse(walk, doc);
        String text = walk.text.toString().strip();
        String title = doc.title().strip();
        Optional<Link> redirect = Optional.empty();
        if (walk.metaRefresh != null) {
            redirect = Optional.of(walk.metaRefresh);
        } else if (!walk.scriptTargets.isEmpty()) {
            // A location assignment is a redirect on a bare page; on a full page it is a link target.
            boolean bare = walk.anchorCount <= 3 || text.length() - walk.linkText < 200;
            if (bare && walk.frames.isEmpty()) {
                redirect = Optional.of(walk.scriptTargets.get(0));
            } else {
                walk.links.addAll(walk.scriptTargets);
            }
        }
        return new ParsedPage(url, status, fetchedAt, contentHash, title, text, Texts.compact(text),
                walk.linkText, Texts.compact(walk.content.toString()), walk.links, walk.frames, redirect, walk.headings, doc, false);
    }

    /** A Word/PDF attachment: text only. */
    public static ParsedPage attachment(String text, String fileName, URI url, int status, Instant fetchedAt,
                                        String contentHash) {
        String collapsed = text.replaceAll("[ \\t\\x0B\\f\\r\\u3000\\u00a0]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        List<String> headings = new ArrayList<>();
        for (String line : collapsed.split("\n", 8)) {
            if (!line.isBlank() && line.length() < 60) {
                headings.add(line.strip());
            }
            if (headings.size() >= 3) {
                break;
            }
        }
        String compact = Texts.compact(collapsed);
        return new ParsedPage(url, status, fetchedAt, contentHash, fileName, collapsed, compact, 0, compact,
                List.of(), List.of(), Optional.empty(), headings, null, true);
    }

    private static final class Walk implements NodeVisitor {
        final URI base;
        final StringBuilder text = new StringBuilder(8192);
        final StringBuilder content = new StringBuilder(4096);
        final List<Link> links = new ArrayList<>();
        final List<Link> frames = new ArrayList<>();
        final List<Link> scriptTargets = new ArrayList<>();
        final List<String> headings = new ArrayList<>();
        Link metaRefresh;
        int linkText;
        int anchorCount;
        // Anchor being collected
        Element anchor;
        int anchorTextStart;
        StringBuilder anchorAlt;
        int depthInBody;

        Walk(URI base) {
            this.base = base;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!(node.parentNode() instanceof Element p) || !isInvisible(p.normalName())) {
                    appendText(t.getWholeText());
                }
                return;
            }
            if (node instanceof DataNode d) {
                if (node.parentNode() instanceof Element p && p.normalName().equals("script")) {
                    scanScript(d.getWholeData());
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String name = e.normalName();
            switch (name) {
                case "a" -> {
                    if (anchor == null) {
                        anchor = e;
                        anchorTextStart = text.length();
                        anchorAlt = null;
                    }
                }
                case "img" -> {
                    if (anchor != null) {
                        String alt = e.attr("alt");
                        if (alt.isBlank()) {
                            alt = e.attr("title");
                        }
                        if (!alt.isBlank()) {
                            if (anchorAlt == null) {
                                anchorAlt = new StringBuilder();
                            }
                            anchorAlt.append(alt.strip()).append(' ');
                        }
                    }
                }
                case "area" -> {
                    String label = e.attr("alt").isBlank() ? e.attr("title") : e.attr("alt");
                    addLink(e.attr("href"), label.strip(), Link.Kind.AREA);
                }
                case "frame", "iframe" -> Urls.resolve(base, e.attr("src"))
                        .ifPresent(u -> frames.add(new Link(u, e.attr("name"), Link.Kind.FRAME)));
                case "meta" -> {
                    if (e.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        Matcher m = REFRESH_URL.matcher(e.attr("content"));
                        if (m.find() && metaRefresh == null) {
                            Urls.resolve(base, m.group(1))
                                    .ifPresent(u -> metaRefresh = new Link(u, "", Link.Kind.META_REFRESH));
                        }
                    }
                }
                case "h1", "h2", "h3" -> {
                    if (headings.size() < 8) {
                        headings.add(e.text().strip());
                    }
                }
                case "br", "p", "div", "tr", "li", "table", "td", "th", "h4", "h5", "h6", "dd", "dt" -> {
                    if (name.equals("td") || name.equals("th")) {
                        appendSpace();
                    } else {
                        appendSpace();
                    }
                }
                default -> {
                }
            }
            if (e.hasAttr("onclick")) {
                Matcher m = WINDOW_OPEN.matcher(limit(e.attr("onclick")));
                if (m.find()) {
                    addLink(m.group(1), labelOf(e), Link.Kind.ONCLICK);
                } else {
                    Matcher l = SCRIPT_LOCATION.matcher(limit(e.attr("onclick")));
                    if (l.find()) {
                        addLink(l.group(1) != null ? l.group(1) : l.group(2), labelOf(e), Link.Kind.ONCLICK);
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == anchor) {
                Element a = anchor;
                anchor = null;
                anchorCount++;
                String inner = text.substring(anchorTextStart).strip();
                linkText += inner.length();
                StringBuilder label = new StringBuilder(inner);
                if (anchorAlt != null) {
                    label.append(' ').append(anchorAlt);
                }
                if (inner.isEmpty() && !a.attr("title").isBlank()) {
                    label.append(a.attr("title"));
                }
                String href = a.attr("href").strip();
                String lower = href.toLowerCase(Locale.ROOT);
                if (lower.startsWith("javascript:")) {
                    Matcher m = WINDOW_OPEN.matcher(limit(href));
                    if (m.find()) {
                        addLink(m.group(1), label.toString().strip(), Link.Kind.ONCLICK);
                    } else {
                        Matcher l = SCRIPT_LOCATION.matcher(limit(href));
                        if (l.find()) {
                            addLink(l.group(1) != null ? l.group(1) : l.group(2), label.toString().strip(),
                                    Link.Kind.ONCLICK);
                        }
                    }
                } else if (!href.isEmpty() && !a.hasAttr("onclick")) {
                    addLink(href, label.toString().strip(), Link.Kind.ANCHOR);
                } else if (!href.isEmpty() && !href.equals("#")) {
                    addLink(href, label.toString().strip(), Link.Kind.ANCHOR);
                }
            }
        }

        private String labelOf(Element e) {
            String t = e.text().strip();
            if (t.isEmpty()) {
                Element img = e.selectFirst(LABELLED_IMAGE);
                if (img != null) {
                    t = img.attr("alt").isBlank() ? img.attr("title") : img.attr("alt");
                }
            }
            if (t.isEmpty()) {
                t = e.attr("title");
            }
            return t.strip();
        }

        private void addLink(String href, String label, Link.Kind kind) {
            Urls.resolve(base, href).ifPresent(u -> links.add(new Link(u, label, kind)));
        }

        private void scanScript(String data) {
            if (scriptTargets.size() >= 5) {
                return;
            }
            String s = limit(data);
            Matcher m = SCRIPT_LOCATION.matcher(s);
            while (m.find() && scriptTargets.size() < 5) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                Urls.resolve(base, target).ifPresent(u -> scriptTargets.add(new Link(u, "", Link.Kind.SCRIPT)));
            }
        }

        private static String limit(String s) {
            return s.length() > 20_000 ? s.substring(0, 20_000) : s;
        }

        private static boolean isInvisible(String parent) {
            return parent.equals("script") || parent.equals("style") || parent.equals("title")
                    || parent.equals("noscript") || parent.equals("option");
        }

        private void appendText(String s) {
            if (anchor == null) {
                content.append(s).append(' ');
            }
            boolean lastSpace = text.length() == 0 || text.charAt(text.length() - 1) == ' ';
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c <= ' ' || c == '\u00a0') {
                    if (!lastSpace) {
                        text.append(' ');
                        lastSpace = true;
                    }
                } else {
                    text.append(c);
                    lastSpace = false;
                }
            }
        }

        private void appendSpace() {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
    }
}
