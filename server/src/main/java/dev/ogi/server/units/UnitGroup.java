package dev.ogi.server.units;

import java.util.Arrays;
import java.util.Optional;

/** The groups units are ranked within; the label is what is stored and shown. */
public enum UnitGroup {
    CITY("市州", "city"),
    DEPARTMENT("省直部门", "department"),
    COUNTY("县(市、区)", "county");

    private final String label;
    private final String alias;

    UnitGroup(String label, String alias) { this.label = label; this.alias = alias; }

    public String label() { return label; }

    /**
     * Reads a group as people write it: the label, with full-width or half-width brackets, the
     * short forms 县/县区/部门, or the English alias.
     */
    public static Optional<UnitGroup> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().replace('（', '(').replace('）', ')').replace(" ", "");
        return Arrays.stream(values())
                .filter(g -> g.label.equals(normalised) || g.alias.equalsIgnoreCase(normalised)
                        || g.name().equalsIgnoreCase(normalised)
                        || (g == COUNTY && (normalised.equals("县") || normalised.equals("县区") || normalised.equals("县(市区)")))
                        || (g == DEPARTMENT && (normalised.equals("部门") || normalised.equals("省级部门")))
                        || (g == CITY && normalised.equals("市(州)")))
                .findFirst();
    }

    /** The labels in the order groups are shown (cities, departments, counties). */
    public static java.util.List<String> orderedLabels() {
        return Arrays.stream(values()).map(UnitGroup::label).toList();
    }

    public static String labels() {
        return Arrays.stream(values()).map(UnitGroup::label).reduce((a, b) -> a + "、" + b).orElse("");
    }
}
