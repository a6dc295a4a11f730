-- An appeal's evidence may be a document (PDF or Word, checked like declaration attachments and
-- stored by SHA-256 in the attachment store) besides, or instead of, a page of the unit's site.
ALTER TABLE appeals ADD COLUMN evidence_file TEXT;
ALTER TABLE appeals ADD COLUMN evidence_size INTEGER;
ALTER TABLE appeals ADD COLUMN evidence_content_type TEXT;
ALTER TABLE appeals ADD COLUMN evidence_path TEXT;
