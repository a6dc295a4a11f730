package dev.ogi.reports.campaign;

/**
 * One field of a declaration form.
 *
 * @param id       stable code of the field
 * @param label    the label shown to units, in Chinese
 * @param type     text, longtext, phone, email, date, number, money, url, document, counts
 * @param required whether the form is refused without it
 */
public record DeclarationField(String id, String label, String type, boolean required) {
}
