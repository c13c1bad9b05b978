-- An admin deactivates a template (PUT /api/admin/templates/{id} with active false): it is no longer offered to switch
-- to; sites made from it keep their content. Templates are never deleted, since sites name the one they came from.
ALTER TABLE templates ADD COLUMN active BOOLEAN NOT NULL DEFAULT true;
-- The network admin lists every customer's sites newest first (GET /api/admin/sites).
CREATE INDEX sites_created ON sites (created_at DESC);
