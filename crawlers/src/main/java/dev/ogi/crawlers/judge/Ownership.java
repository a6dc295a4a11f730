package dev.ogi.crawlers.judge;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose guide is this? A county that links to the province's guide has not published its own:
 * the guide must name this unit (or its office); a guide naming another government and not this
 * one belongs to that other government.
 */
public final class Ownership {

    private static final Pattern ISSUER_IN_TITLE = Pattern.compile(
            "([\\u4e00-\\u9fa5（）()]{2,30})(?:政务)?信息公开(?:工作)?指南");
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,10}?(?:省|市|州|县|区|旗)(?:人民政府|政府)(?:办公厅|办公室)?");

    private Ownership() {
    }

    /** The verdict: whether the page is this unit's, and the other issuer when it is not. */
    public record Verdict(boolean own, Optional<String> otherIssuer, boolean unitNamed) {
    }

    public static Set<String> nameVariants(String unitName) {
        Set<String> v = new LinkedHashSet<>();
        if (unitName == null || unitName.isBlank()) {
            return v;
        }
        String n = Texts.compact(unitName);
        v.add(n);
        String noProvince = n.replaceFirst("^[\\u4e00-\\u9fa5]{2,3}省(?=.{2,})", "");
        if (!noProvince.equals(n)) {
            v.add(noProvince);
            v.add("省" + noProvince);
        }
        String noGov = n.replaceFirst("人民政府$", "");
        if (!noGov.equals(n) && noGov.length() >= 2) {
            v.add(noGov + "政府"); // the bare place name is not enough: other guides mention places
        }
        v.removeIf(s -> s.length() < 2);
        return v;
    }

    public static Verdict judge(String unitName, ParsedPage page) {
        Set<String> variants = nameVariants(unitName);
        if (variants.isEmpty()) {
            return new Verdict(true, Optional.empty(), false);
        }
        String titles = Texts.compact(page.title() + "|" + String.join("|", page.headings()));
        for (String v : variants) {
            if (page.content().contains(v) || titles.contains(v)) {
                return new Verdict(true, Optional.empty(), true);
            }
        }
        Optional<String> issuer = Optional.empty();
        Matcher t = ISSUER_IN_TITLE.matcher(titles);
        while (t.find()) {
            String candidate = t.group(1).replaceAll("^[|_\\-]+", "");
            if (candidate.length() >= 2 && !candidate.equals("政府") && !candidate.matches(".*(关于|印发|我|本).*")) {
                issuer = Optional.of(candidate);
                break;
            }
        }
        if (issuer.isEmpty()) {
            Matcher g = GOVERNMENT_NAME.matcher(page.content());
            if (g.find()) {
                issuer = Optional.of(g.group());
            }
        }
        // Unnamed guides are given the benefit of the doubt; named-other ones are not this unit's.
        return new Verdict(issuer.isEmpty(), issuer, false);
    }
}
