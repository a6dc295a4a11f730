package dev.ogi.server.units;

/**
 * A unit whose readiness is tracked: a city or prefecture, a provincial department, or a county.
 *
 * @param group  one of {@link UnitGroup}'s labels (市州, 省直部门, 县(市、区))
 * @param ogiUrl the unit's own OGI entry page on a shared platform, if it has one
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
        boolean active,
        String ogiUrl) {

    /** The constructor rows are read with (the other one is for callers without an entry page). */
    @org.jdbi.v3.core.mapper.reflect.JdbiConstructor
    public Unit {
    }

    /** A unit without an OGI entry page on a platform. */
    public Unit(String code, String name, String shortName, String group, String parentCode, String homepage,
            String officeName, String officeAddress, String officePhone, String officeEmail, boolean active) {
        this(code, name, shortName, group, parentCode, homepage, officeName, officeAddress, officePhone, officeEmail,
                active, null);
    }

    /** The short name where there is one, for tables and charts. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }

    public Unit withRegistryFields(String newName, String newShortName, String newGroup, String newParent, String newHomepage) {
        return new Unit(code, newName, newShortName, newGroup, newParent, newHomepage, officeName, officeAddress,
                officePhone, officeEmail, active, ogiUrl);
    }

    public Unit withOgiUrl(String newOgiUrl) {
        return new Unit(code, name, shortName, group, parentCode, homepage, officeName, officeAddress, officePhone,
                officeEmail, active, newOgiUrl);
    }
}
