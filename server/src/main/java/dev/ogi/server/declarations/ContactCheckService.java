package dev.ogi.server.declarations;

import dev.ogi.reports.text.ChineseText;
import dev.ogi.server.units.UnitService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Compares the office contact a unit declared (approved 组织机构) with the contact the crawler
 * saw in the unit's published guide. Nothing is fetched: it reads the stored guide evidence of
 * the unit's newest check that found a guide (title and excerpt), so an element the excerpt
 * does not reach is reported as not seen rather than as different.
 */
public record ContactCheckService(Jdbi jdbi, DeclarationService declarations, UnitService units) {

    static final String ORGANISATION = "organisation";

    private static final String PHONE_TEXT = dev.ogi.crawlers.judge.ContactPatterns.PHONE_IN_TEXT;
    private static final Pattern ANY_PHONE = Pattern.compile(PHONE_TEXT);
    private static final Pattern FAX = Pattern.compile(
            "(?:传\\s*真(?:号码|电话)?|电话\\s*[/、及和]\\s*传真)\\s*(?:号码)?\\s*[:：]?\\s*(" + PHONE_TEXT + ")");
    private static final Pattern PHONE = Pattern.compile(
            "(?<!传真)(?:联系电话|咨询电话|办公电话|受理电话|服务电话|电\\s*话)(?:\\s*[/、及和]\\s*传真)?\\s*(?:号码)?\\s*[:：]?\\s*("
                    + PHONE_TEXT + ")");
    // the crawler's own e-mail shape, so the check finds exactly the addresses the guide judge saw
    private static final Pattern EMAIL = Pattern.compile(dev.ogi.crawlers.judge.ContactPatterns.EMAIL);

    /** The result for the unit page: overall status and one line per contact element. */
    public record ContactCheck(String unitCode, String status, String statusLabel, Integer declaredVersion,
            GuideContact guide, List<Item> items) {
    }

    /** What the crawler's stored guide evidence shows. */
    public record GuideContact(String url, String fetchedAt, String checkedAsOf, List<String> phones, List<String> faxes,
            List<String> emails) {
    }

    /** @param result match, differs, not_in_guide (the stored excerpt does not show it) or not_declared */
    public record Item(String element, String label, String declared, List<String> found, String result,
            String resultLabel) {
    }

    record GuideEvidence(String url, String fetchedAt, String asOf, String title, String excerpt) {
    }

    public ContactCheck check(Actor actor, String unitCode, String campaignId) {
        actor.requireCanRead(unitCode);
        units.require(unitCode);
        Optional<ApprovedDeclaration> organisation = declarations.approved(unitCode, campaignId, ORGANISATION);
        Optional<GuideEvidence> evidence = latestGuideEvidence(unitCode);
        GuideContact guide = evidence.map(ContactCheckService::extract).orElse(null);
        if (organisation.isEmpty()) {
            return new ContactCheck(unitCode, "no_declaration", "尚无审核通过的组织机构填报，无法比对", null, guide, List.of());
        }
        if (guide == null) {
            return new ContactCheck(unitCode, "no_guide", "爬虫尚未在该单位网站找到公开指南，无法比对",
                    organisation.get().version(), null, List.of());
        }
        ApprovedDeclaration declared = organisation.get();
        List<Item> items = new ArrayList<>();
        items.add(compare("phone", "联系电话", declared.text("phone"), guide.phones(), ContactCheckService::samePhone));
        items.add(compare("fax", "传真号码", declared.text("fax"), guide.faxes(), ContactCheckService::samePhone));
        items.add(compare("email", "电子邮箱", declared.text("email"), guide.emails(),
                (a, b) -> a.strip().equalsIgnoreCase(b.strip())));
        boolean differs = items.stream().anyMatch(i -> i.result().equals("differs"));
        return new ContactCheck(unitCode, differs ? "differs" : "match",
                differs ? "填报的联系方式与网站公开指南不一致，请核对并更正其中一处" : "未发现不一致（指南摘录中未出现的项目未比对）",
                declared.version(), guide, items);
    }

    private Optional<GuideEvidence> latestGuideEvidence(String unitCode) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT e.url, e.fetched_at, c.as_of, e.title, e.excerpt FROM site_checks c "
                                + "JOIN evidence e ON e.check_id = c.id AND e.kind = 'guide' "
                                + "WHERE c.unit_code = :unit AND c.guide_found = 1 ORDER BY c.as_of DESC, c.id DESC, e.id DESC LIMIT 1")
                .bind("unit", unitCode)
                .map((rs, ctx) -> new GuideEvidence(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .findFirst());
    }

    static GuideContact extract(GuideEvidence evidence) {
        String text = ChineseText.toHalfWidth((evidence.title() == null ? "" : evidence.title()) + "\n"
                + (evidence.excerpt() == null ? "" : evidence.excerpt()));
        Set<String> faxes = all(FAX, text);
        Set<String> phones = all(PHONE, text);
        // "电话/传真：…" names one number for both
        if (phones.isEmpty()) {
            Matcher any = ANY_PHONE.matcher(text);
            while (any.find()) {
                if (!faxes.contains(any.group())) {
                    phones.add(any.group());
                }
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        Matcher email = EMAIL.matcher(text);
        while (email.find()) {
            emails.add(email.group());
        }
        return new GuideContact(evidence.url(), evidence.fetchedAt(), evidence.asOf(), List.copyOf(phones),
                List.copyOf(faxes), List.copyOf(emails));
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Item compare(String element, String label, Optional<String> declared, List<String> found,
            java.util.function.BiPredicate<String, String> same) {
        if (declared.isEmpty()) {
            return new Item(element, label, null, found, "not_declared", "未填报");
        }
        if (found.isEmpty()) {
            return new Item(element, label, declared.get(), found, "not_in_guide", "指南摘录中未找到");
        }
        for (String mine : declared.get().split("、")) {
            for (String theirs : found) {
                if (same.test(mine, theirs)) {
                    return new Item(element, label, declared.get(), found, "match", "一致");
                }
            }
        }
        return new Item(element, label, declared.get(), found, "differs", "不一致");
    }

    /** Same number whatever the writing: 028-86601234 = (028)86601234 = 86601234; extensions ignored. */
    static boolean samePhone(String a, String b) {
        String x = phoneDigits(a);
        String y = phoneDigits(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        // one side without its area code
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        return shorter.length() >= 7 && longer.startsWith("0") && longer.endsWith(shorter);
    }

    static String phoneDigits(String phone) {
        String text = ChineseText.toHalfWidth(phone).toLowerCase(Locale.ROOT);
        // drop an extension: the third group of 028-86601234-801, or 转/分机/ext
        text = text.replaceAll("(转|分机|ext\\.?)\\s*\\d+$", "");
        text = text.replaceAll("^(\\(?0\\d{2,3}\\)?[- ]?[2-9]\\d{6,7})-\\d{1,6}$", "$1");
        String digits = text.replaceAll("\\D", "");
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits;
    }
}
