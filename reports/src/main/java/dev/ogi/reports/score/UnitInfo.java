package dev.ogi.reports.score;

/**
 * A unit as scoring and ranking need it.
 *
 * @param code      registry code
 * @param name      full name (untrusted text: escape when rendering)
 * @param shortName short name for tables, may equal the name
 * @param group     as stored: 市州, 省直部门, 县(市、区)
 */
public record UnitInfo(String code, String name, String shortName, String group) {

    public UnitInfo {
        shortName = shortName == null || shortName.isBlank() ? name : shortName;
    }
}
