#!/bin/sh
# One database per service, each owned by its own role: the services never share a database. Runs once, when the
# PostgreSQL container starts on an empty data volume; the role password comes from SERVICE_DB_PASSWORD. It only adds
# what is missing, so a volume made before a service existed gets that service's database by running it again:
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/init-databases.sh
set -eu
psql -v ON_ERROR_STOP=1 -v service_password="$SERVICE_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', s.name, :'service_password')
FROM unnest(ARRAY['identity', 'membership', 'billing', 'site', 'domain', 'notification']) AS s(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = s.name) \gexec
SELECT format('CREATE DATABASE %I OWNER %I', s.name, s.name)
FROM unnest(ARRAY['identity', 'membership', 'billing', 'site', 'domain', 'notification']) AS s(name)
WHERE NOT EXISTS (SELECT 1 FROM pg_database d WHERE d.datname = s.name) \gexec
SQL
