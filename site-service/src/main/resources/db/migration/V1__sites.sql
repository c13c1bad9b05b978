-- What each membership entitles its site to, from membership-service's events.
CREATE TABLE entitlements (
    membership_id    UUID PRIMARY KEY,
    customer_id      UUID        NOT NULL,
    disk_mb          BIGINT,
    posts            BIGINT,
    pages            BIGINT,
    visits_per_month BIGINT,
    users            BIGINT,
    template_mode    TEXT        NOT NULL,
    templates        TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE templates (
    id          UUID PRIMARY KEY,
    name        TEXT        NOT NULL,
    description TEXT        NOT NULL,
    preview_url TEXT,
    blueprint   TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE network_settings (
    id                       INT PRIMARY KEY CHECK (id = 1),
    allow_template_switching BOOLEAN NOT NULL
);
INSERT INTO network_settings (id, allow_template_switching) VALUES (1, true);

CREATE TABLE sites (
    id            UUID PRIMARY KEY,
    customer_id   UUID        NOT NULL,
    membership_id UUID        NOT NULL UNIQUE,
    title         TEXT        NOT NULL,
    slug          TEXT        NOT NULL UNIQUE,
    template_id   UUID,
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX sites_customer ON sites (customer_id);

CREATE TABLE posts (
    id      UUID PRIMARY KEY,
    site_id UUID NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    title   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body    TEXT NOT NULL,
    status  TEXT NOT NULL CHECK (status IN ('draft', 'published'))
);
CREATE TABLE pages (
    id      UUID PRIMARY KEY,
    site_id UUID NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    title   TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body    TEXT NOT NULL,
    status  TEXT NOT NULL CHECK (status IN ('draft', 'published'))
);
CREATE TABLE media (
    id         UUID PRIMARY KEY,
    site_id    UUID   NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    name       TEXT   NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0)
);
CREATE INDEX posts_site ON posts (site_id);
CREATE INDEX pages_site ON pages (site_id);
CREATE INDEX media_site ON media (site_id);

CREATE TABLE visits (
    site_id UUID   NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    month   DATE   NOT NULL,
    count   BIGINT NOT NULL,
    PRIMARY KEY (site_id, month)
);

CREATE TABLE template_switches (
    id          UUID PRIMARY KEY,
    site_id     UUID        NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
    customer_id UUID        NOT NULL,
    template_id UUID        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress    INT         NOT NULL,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
-- One switch at a time per site, enforced by the database.
CREATE UNIQUE INDEX template_switches_one_active ON template_switches (site_id)
    WHERE status IN ('queued', 'running');

-- Deleted sites: what remains so that deleting twice answers the same.
CREATE TABLE deleted_sites (
    id          UUID PRIMARY KEY,
    customer_id UUID        NOT NULL,
    deleted_at  TIMESTAMPTZ NOT NULL
);
