-- The language the suite speaks to the customer in (issue 21): chosen on the profile, else the sign-up's
-- Accept-Language. Accounts made before languages existed speak English.
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr'));
