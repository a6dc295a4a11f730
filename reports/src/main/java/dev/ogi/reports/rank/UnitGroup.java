package dev.ogi.reports.rank;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The groups units are ranked within, in the order they are shown (cities, departments,
 * counties): the one list every module and the pages (through {@code GET /api/groups}) read.
 * The label is what is stored and shown; the prose name is how documents write it.
 */
public enum UnitGroup {
    CITY("市州", "市（州）"),
    DEPARTMENT("省直部门", "省直部门"),
    COUNTY("县(市、区)", "县（市、区）");

    private final String label;
    private final String proseName;

    UnitGroup(String label, String proseName) { this.label = label; this.proseName = proseName; }

    public String label() { return label; }

    /** The English alias the registry CSV also accepts: city, department, county. */
    public String alias() { return name().toLowerCase(java.util.Locale.ROOT); }

    public String proseName() { return proseName; }

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
                .filter(g -> g.label.equals(normalised) || g.name().equalsIgnoreCase(normalised)
                        || (g == COUNTY && (normalised.equals("县") || normalised.equals("县区") || normalised.equals("县(市区)")))
                        || (g == DEPARTMENT && (normalised.equals("部门") || normalised.equals("省级部门")))
                        || (g == CITY && normalised.equals("市(州)")))
                .findFirst();
    }

    /** The group stored under this label, if it is one of ours. */
    public static Optional<UnitGroup> ofLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    /** The labels in the order groups are shown. */
    public static List<String> orderedLabels() {
        return Arrays.stream(values()).map(UnitGroup::label).toList();
    }

    /** Where a stored group is shown; a group that is not ours follows the known ones. */
    public static int order(String label) {
        return ofLabel(label).map(Enum::ordinal).orElse(values().length);
    }

    /** How a stored group is named in prose: 市州 → 市（州）; a label that is not ours as it is. */
    public static String proseName(String label) {
        return ofLabel(label).map(UnitGroup::proseName).orElse(label);
    }

    public static String labels() {
        return String.join("、", orderedLabels());
    }
}
