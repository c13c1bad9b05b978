-- A template switch is leased to the worker running it: who holds it, until when (renewed with each progress), and
-- which attempt this is. A worker writes only while its attempt is the current one, so a switch taken over after
-- its lease ran out (the worker died, or stalled) is applied once, by the newer attempt.
ALTER TABLE template_switches ADD COLUMN owner TEXT;
ALTER TABLE template_switches ADD COLUMN lease_until TIMESTAMPTZ;
ALTER TABLE template_switches ADD COLUMN attempt INT NOT NULL DEFAULT 0;
UPDATE template_switches SET lease_until = updated_at + interval '2 minutes' WHERE status = 'running';
