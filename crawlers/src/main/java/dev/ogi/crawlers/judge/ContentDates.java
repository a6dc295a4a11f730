package dev.ogi.crawlers.judge;

import dev.ogi.crawlers.fetch.Urls;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of content items as government sites print them beside their links: {@code 2008-01-15},
 * {@code 2008年1月15日}, {@code (2008/01/15)}, {@code 08-01-15}, {@code [01-15]} (the year is the
 * crawl's, or the one before when that day is still to come), in the link's list item, its table
 * row (a separate cell), or next to it. Not dates of the page's chrome: a {@code 今天是…} clock,
 * the copyright line, an events calendar, a day still to come.
 */
public final class ContentDates {

    private static final LeadFind FULL = LeadFind.of(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)", "12");
    private static final LeadFind SHORT_YEAR = LeadFind.of("(?<![\\d-])(\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])", LeadFind.DIGITS);
    private static final LeadFind MONTH_DAY = LeadFind.of(
            "(?<![\\d-/.])(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})日?(?![\\d-/.])", LeadFind.DIGITS);
    /** The label before an article page's own date. */
    private static final LeadFind ARTICLE_LABEL = LeadFind.of(
            "(?:发布|发表|更新|印发|成文)?(?:时间|日期)[:：]\\s*", "发更印成时日");
    private static final String[] CHROME = {"今天是", "今日是", "星期", "版权", "Copyright", "copyright", "©", "ICP",
            "备案", "技术支持"};

    private ContentDates() {
    }

    // Selectors parsed once: jsoup parses a query string on every call, which cost a quarter of the
    // crawl's CPU when done per link.
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator ROW = QueryParser.parse("li, tr, dd, dt, p");
    private static final java.util.Set<String> WRAPPER_STOPS = java.util.Set.of("li", "td", "div", "body");

    /** A link of a page with the date printed beside it, when one is. */
    public record Item(URI url, String text, Optional<LocalDate> date) {
    }

    /** Every link of the page whose text reads like a headline, with its date when one is beside it. */
    public static List<Item> items(ParsedPage page, LocalDate today) {
        List<Item> out = new ArrayList<>();
        if (page.document() == null) {
            return out;
        }
        Map<Element, Boolean> calendars = new IdentityHashMap<>();
        Map<Element, Boolean> singleLinkRows = new IdentityHashMap<>();
        for (Element a : page.document().select(LINK)) {
            String text = Texts.compact(a.text());
            if (text.isEmpty() || inCalendar(a, calendars)) {
                continue;
            }
            Optional<URI> url = Urls.resolve(page.url(), a.attr("href"));
            if (url.isEmpty()) {
                continue;
            }
            String beside = besideText(a, singleLinkRows);
            if (Texts.containsAny(beside, CHROME)) {
                continue;
            }
            Optional<LocalDate> date = parse(beside, today, true);
            if (date.isEmpty()) {
                date = parse(text, today, false);
            }
            if (date.isPresent() || text.length() >= 8) {
                out.add(new Item(url.get(), text, date));
            }
        }
        return out;
    }

    /**
     * The date an article page gives itself: after a 发布时间/日期 label, else the first full date of
     * its text that is not in the page's chrome.
     */
    public static Optional<LocalDate> articleDate(ParsedPage page, LocalDate today) {
        String text = page.compact(); // the compacted text, made once by the parser
        Matcher label = ARTICLE_LABEL.matcher(text);
        for (int from = 0; ARTICLE_LABEL.find(label, text, from); from = label.end()) {
            String after = text.substring(label.end(), Math.min(text.length(), label.end() + 20));
            Matcher m = FULL.pattern().matcher(after);
            if (m.lookingAt()) {
                Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), today);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Matcher m = FULL.matcher(text);
        for (int from = 0; FULL.find(m, text, from); from = m.end()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            if (Texts.containsAny(before, CHROME)) {
                continue;
            }
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3), today);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /**
     * The first date in the text, not after {@code today}.
     *
     * @param monthDay whether a bare month and day counts (beside a link, not inside a headline)
     */
    public static Optional<LocalDate> parse(String text, LocalDate today, boolean monthDay) {
        String s = Texts.compact(text);
        Matcher full = FULL.matcher(s);
        for (int from = 0; FULL.find(full, s, from); from = full.end()) {
            Optional<LocalDate> d = date(full.group(1), full.group(2), full.group(3), today);
            if (d.isPresent()) {
                return d;
            }
        }
        if (!monthDay) {
            return Optional.empty();
        }
        Matcher shortYear = SHORT_YEAR.matcher(s);
        for (int from = 0; SHORT_YEAR.find(shortYear, s, from); from = shortYear.end()) {
            int yy = Integer.parseInt(shortYear.group(1));
            int year = yy <= today.getYear() % 100 ? 2000 + yy : 1900 + yy;
            Optional<LocalDate> d = date(String.valueOf(year), shortYear.group(2), shortYear.group(3), today);
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher md = MONTH_DAY.matcher(s);
        for (int from = 0; MONTH_DAY.find(md, s, from); from = md.end()) {
            try {
                LocalDate d = LocalDate.of(today.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
                return Optional.of(d.isAfter(today) ? d.minusYears(1) : d);
            } catch (DateTimeException e) {
                // not a month and day: 13-40 and the like
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The text printed beside a link: its list item or table row when the link is the only one
     * there, else the text after it up to the next link.
     */
    private static String besideText(Element a, Map<Element, Boolean> singleLinkRows) {
        Element row = a.closest(ROW);
        // Each row counted once per page, and only up to two: a layout table's row holds hundreds.
        if (row != null && singleLinkRows.computeIfAbsent(row, ContentDates::hasOneLink)) {
            return row.text().replace(a.text(), " ");
        }
        StringBuilder s = new StringBuilder();
        Element from = a;
        // a link wrapped in font/span/strong: its wrapper's siblings carry the date
        while (from.parent() != null && from.nextSibling() == null && s.length() == 0
                && !WRAPPER_STOPS.contains(from.parent().tagName())
                && singleLinkRows.computeIfAbsent(from.parent(), ContentDates::hasOneLink)) {
            from = from.parent();
        }
        for (Node n = from.nextSibling(); n != null && s.length() < 60; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                s.append(t.text());
            } else if (n instanceof Element e) {
                if (e.tagName().equals("a") || e.selectFirst(LINK) != null || e.tagName().equals("br")) {
                    break;
                }
                s.append(' ').append(e.text());
            }
        }
        return s.toString();
    }

    private static boolean hasOneLink(Element row) {
        int[] links = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("a") && e.hasAttr("href") && ++links[0] > 1) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, row);
        return links[0] == 1;
    }

    /**
     * Whether the link sits in a calendar widget. Each ancestor is judged once per page
     * ({@code calendars}): a layout table's text was otherwise compacted again for every link in it.
     */
    private static boolean inCalendar(Element a, Map<Element, Boolean> calendars) {
        for (Element e = a.parent(); e != null; e = e.parent()) {
            if (calendars.computeIfAbsent(e, ContentDates::isCalendar)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCalendar(Element e) {
        String marks = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
        if (marks.contains("calendar") || marks.contains("rili") || marks.contains("date-picker")) {
            return true;
        }
        return e.tagName().equals("table") && Texts.compact(e.text()).contains("日一二三四五六");
    }
}
