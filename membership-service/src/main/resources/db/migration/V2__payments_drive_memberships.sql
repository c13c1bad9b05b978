-- Payments drive memberships (README "Membership states"): how the current period stands and what it was paid,
-- the charges a membership awaits, a change refused at its due date, and the last declined payment. Nested parts
-- are JSON documents, like the scheduled change; the renewal run queries the few fields it needs inside them.
ALTER TABLE memberships
    ADD COLUMN period_standing TEXT          NOT NULL DEFAULT 'paid' CHECK (period_standing IN ('paid', 'trial', 'unpaid')),
    ADD COLUMN period_paid     NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (period_paid >= 0),
    ADD COLUMN awaited_payment TEXT,
    ADD COLUMN pending_change  TEXT,
    ADD COLUMN pending_renewal TEXT,
    ADD COLUMN blocked_change  TEXT,
    ADD COLUMN payment_failure TEXT;

-- Memberships from before: what they paid for their period is the list price they were billed; pending ones and
-- unpaid renewals name no invoice (they were issued under billing's own ids), so any payment of theirs matches.
UPDATE memberships SET
    period_standing = CASE WHEN status = 'pending' THEN 'unpaid' WHEN status = 'trialing' THEN 'trial' ELSE 'paid' END,
    period_paid = CASE WHEN status IN ('pending', 'trialing') THEN 0 ELSE recurring_amount END,
    awaited_payment = CASE WHEN status = 'pending' THEN json_build_object('invoiceId', NULL, 'kind', 'initial',
        'amountDue', json_build_object('amount', initial_amount, 'currency', currency),
        'periodValue', json_build_object('amount', recurring_amount, 'currency', currency),
        'since', to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text END,
    pending_renewal = CASE WHEN renewal_pending_for IS NOT NULL THEN json_build_object('invoiceId', NULL,
        'periodStart', renewal_pending_for, 'periodEnd', NULL,
        'periodValue', json_build_object('amount', recurring_amount, 'currency', currency), 'paid', false)::text END;
ALTER TABLE memberships DROP COLUMN renewal_pending_for;

-- Coupons last once, for N cycles, or forever (Stripe's durations); before, they applied to renewals or not.
UPDATE memberships SET coupon = (coupon::jsonb - 'appliesToRenewals'
        || jsonb_build_object('duration', CASE WHEN (coupon::jsonb ->> 'appliesToRenewals')::boolean
            THEN 'FOREVER' ELSE 'ONCE' END, 'cycles', 0))::text
    WHERE coupon IS NOT NULL;

-- A plan may start with a trial; a customer gets one trial per plan group.
ALTER TABLE products ADD COLUMN trial_days INT NOT NULL DEFAULT 0 CHECK (trial_days >= 0);
CREATE TABLE trial_grants (
    customer_id   UUID        NOT NULL,
    product_group TEXT        NOT NULL,
    granted_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (customer_id, product_group)
);

-- Usage reports are kept in the order they happened (domain counts too); a deleted site's usage is forgotten but
-- remembered as deleted, so a late report cannot bring it back.
ALTER TABLE site_usage
    ADD COLUMN domains_updated_at TIMESTAMPTZ NOT NULL DEFAULT 'epoch',
    ADD COLUMN deleted            BOOLEAN     NOT NULL DEFAULT false;
