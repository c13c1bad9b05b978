-- The network admin lists every customer's invoices newest first (GET /api/admin/invoices), optionally by status.
CREATE INDEX invoices_issued ON invoices (issued_at DESC, number DESC);
CREATE INDEX invoices_status ON invoices (status, issued_at DESC);
