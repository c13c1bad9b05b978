-- What a service kept after erasing an account (legal records, detached from it), as its confirmation says.
ALTER TABLE deletion_confirmations ADD COLUMN kept TEXT NOT NULL DEFAULT '[]';
