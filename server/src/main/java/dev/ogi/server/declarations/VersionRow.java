package dev.ogi.server.declarations;

/** A row of {@code declaration_versions}; instants are ISO-8601 text. */
public record VersionRow(
        long id,
        long declarationId,
        int version,
        String fieldsJson,
        String status,
        String createdBy,
        String createdAt,
        String submittedAt,
        String publishedAt) {

    VersionStatus statusValue() {
        return VersionStatus.valueOf(status);
    }
}
