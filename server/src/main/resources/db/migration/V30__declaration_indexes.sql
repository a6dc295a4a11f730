-- The review queue reads versions by status; trails and attachments are read per version.
CREATE INDEX declaration_versions_status ON declaration_versions (status);
CREATE INDEX declaration_reviews_version ON declaration_reviews (version_id);
CREATE INDEX declaration_attachments_version ON declaration_attachments (version_id);
CREATE INDEX declaration_attachments_sha ON declaration_attachments (sha256);
