-- Processed events are forgotten once past the inbox's retention (InboxPruning); the delete walks this index.
CREATE INDEX inbox_processed_at ON inbox (processed_at);
