package dev.ogi.server.units;

/**
 * A unit whose readiness is tracked: a city or prefecture, a provincial department, or a county.
 *
 * @param group one of {@link UnitGroup}'s labels (市州, 省直部门, 县(市、区))
 */
public record Unit(
        String code,
        String name,
        String shortName,
        String group,
        String parentCode,
        String homepage,
        String officeName,
        String officeAddress,
        String officePhone,
        String officeEmail,
        boolean active) {

    /** The short name where there is one, for tables and charts. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public Unit withRegistryFields(String newName, String newShortName, String newGroup, String newParent, String newHomepage) {
        return new Unit(code, newName, newShortName, newGroup, newParent, newHomepage, officeName, officeAddress,
                officePhone, officeEmail, active);
    }
}
