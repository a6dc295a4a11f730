package dev.ogi.reports.campaign;

import java.util.List;

/**
 * A kind of declaration units file for what no crawler can see.
 *
 * @param id        stable code, e.g. organisation
 * @param title     e.g. 组织机构
 * @param milestone the milestone an approved declaration of this type meets
 * @param fields    the form's fields
 */
public record DeclarationType(String id, String title, String milestone, List<DeclarationField> fields) {

    public DeclarationType {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
