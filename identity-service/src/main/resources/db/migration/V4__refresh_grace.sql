-- Two tabs refreshing the same token at once get the same successor for a few seconds instead of ending the session:
-- the pair issued at the rotation, sealed like the signing keys, kept only for that grace window.
ALTER TABLE refresh_tokens ADD COLUMN successor TEXT;
