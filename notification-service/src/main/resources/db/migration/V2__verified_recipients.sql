-- When the customer's current address was proven theirs (their own AddressVerified, or a completed email change):
-- whether a new link can still be asked for.
ALTER TABLE recipients ADD COLUMN verified_at TIMESTAMPTZ;
