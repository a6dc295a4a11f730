package dev.ogi.crawlers.judge;

import java.util.LinkedHashSet;
import java.util.List;
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

    private static final Pattern LEADING_PLACE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,5}?(?:省|自治区|市|州|盟|地区|县|区|旗)");
    private static final Pattern NAMED_PLACE = Pattern.compile(
            "[\\u4e00-\\u9fa5]{2,6}?(?:省|市|州|盟|县|区|旗|镇|乡|街道)");
    /** The unit speaking of itself (本局, 本委) instead of naming itself. */
    private static final Pattern SELF = Pattern.compile("(?:本|我)(局|委|办|厅|中心|署)");

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
        // Registries write the unit in full (巴中市恩阳区民政局), its guide often without the city
        // (恩阳区民政局): drop leading places while what is left still starts with a place.
        String shorter = n;
        Matcher lead = LEADING_PLACE.matcher(shorter);
        while (lead.find() && NAMED_PLACE.matcher(shorter.substring(lead.end())).lookingAt()) {
            shorter = shorter.substring(lead.end());
            v.add(shorter);
            lead = LEADING_PLACE.matcher(shorter);
        }
        for (String name : List.copyOf(v)) {
            String noGov = name.replaceFirst("人民政府$", "");
            if (!noGov.equals(name) && noGov.length() >= 2) {
                v.add(noGov + "政府"); // the bare place name is not enough: other guides mention places
            }
        }
        v.removeIf(s -> s.length() < 2);
        return v;
    }

    /**
     * A guide that calls its unit 本局 and names only the unit's own parent government (本局是恩阳区人民政府
     * 工作部门) is the unit's: the parent is the last place in the unit's name, and the self-reference
     * fits the unit's kind (本局 for a 局, 本委 for a 委员会).
     */
    static boolean speaksOfItselfUnder(String unitName, String government, String content) {
        Matcher self = SELF.matcher(content);
        if (!self.find()) {
            return false;
        }
        String n = Texts.compact(unitName);
        String kind = self.group(1);
        boolean fits = n.endsWith(kind) || (kind.equals("委") && n.endsWith("委员会"))
                || (kind.equals("办") && n.endsWith("办公室"));
        String place = government.replaceFirst("(?:人民政府|政府)(?:办公厅|办公室)?$", "");
        Matcher places = Pattern.compile("[\\u4e00-\\u9fa5]{2,6}?(?:省|自治区|市|州|盟|县|区|旗)").matcher(n);
        String parent = "";
        while (places.find()) {
            parent = places.group();
            places.region(places.end(), n.length());
        }
        return fits && !parent.isEmpty() && (place.endsWith(parent) || parent.endsWith(place));
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
            String candidate = t.group(1).replaceAll("^[|_\\-]+", "").replaceFirst("(?<=[局委办厅室院所站心会])政府$", "");
            if (candidate.length() >= 2 && !candidate.equals("政府") && !candidate.matches(".*(关于|印发|我|本).*")) {
                issuer = Optional.of(candidate);
                break;
            }
        }
        if (issuer.isEmpty()) {
            Matcher g = GOVERNMENT_NAME.matcher(page.content());
            if (g.find()) {
                // The lazy name starts at the earliest place it can: cut the sentence before it (本局是…).
                String government = g.group().replaceFirst("^.*(?:是|为|系|属于|隶属|属)", "");
                issuer = Optional.of(government);
                if (speaksOfItselfUnder(unitName, government, page.content())) {
                    return new Verdict(true, Optional.empty(), false);
                }
            }
        }
        // Unnamed guides are given the benefit of the doubt; named-other ones are not this unit's.
        return new Verdict(issuer.isEmpty(), issuer, false);
    }
}
