-- The account page reads a customer's sites with their domains in one call (GET /api/domains/overview).
CREATE INDEX sites_customer ON sites (customer_id);
