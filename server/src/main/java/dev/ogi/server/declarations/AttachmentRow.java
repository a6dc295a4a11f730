package dev.ogi.server.declarations;

/** A row of {@code declaration_attachments}; the file itself is under the attachments folder. */
public record AttachmentRow(
        long id,
        long versionId,
        String fieldId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String storedPath,
        String uploadedBy,
        String uploadedAt) {
}
