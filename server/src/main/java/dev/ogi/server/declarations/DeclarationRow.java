package dev.ogi.server.declarations;

/** A row of {@code declarations}: one unit's declaration of one type in one campaign. */
public record DeclarationRow(long id, String unitCode, String campaignId, String typeId, String createdAt) {
}
