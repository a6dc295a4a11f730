package dev.ogi.server.declarations;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The version of a unit's declaration in force: the newest published (approved) one. */
public record ApprovedDeclaration(String unitCode, String typeId, long versionId, int version, Map<String, JsonNode> fields,
        Instant submittedAt, Instant publishedAt) {

    /** A field's text, when filled. */
    public Optional<String> text(String fieldId) {
        JsonNode node = fields.get(fieldId);
        return node == null || node.isNull() || !node.isValueNode() || node.asText().isBlank()
                ? Optional.empty() : Optional.of(node.asText());
    }
}
