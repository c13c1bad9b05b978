-- The network admin lists every customer's domains newest first (GET /api/admin/domains), by customer or stage.
CREATE INDEX domains_created ON domains (created_at DESC);
CREATE INDEX domains_customer ON domains (customer_id, created_at DESC);
