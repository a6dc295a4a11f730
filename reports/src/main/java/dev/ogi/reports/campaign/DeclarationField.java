package dev.ogi.reports.campaign;

import java.util.List;

/**
 * One field of a declaration form.
 *
 * @param id         stable code of the field
 * @param label      the label shown to units, in Chinese
 * @param type       text, longtext, phone, email, date, number, money, url, document, counts
 * @param required   whether the form is refused without it
 * @param maxLength  the most characters a text value may have; null for the type's default
 * @param help       a hint shown under the field, in Chinese; optional
 * @param categories for {@code counts}: the categories a count may be given for (empty: any)
 * @param pattern    a regular expression a text value must match in full; optional
 */
public record DeclarationField(
        String id,
        String label,
        String type,
        boolean required,
        Integer maxLength,
        String help,
        List<String> categories,
        String pattern) {

    public DeclarationField {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public DeclarationField(String id, String label, String type, boolean required) {
        this(id, label, type, required, null, null, List.of(), null);
    }
}
