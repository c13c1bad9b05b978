-- Whether each site's membership stands (site-service's SiteCreated and SiteServingChanged): a site whose
-- membership awaits its first payment, or has expired, adds no custom domain. Sites known before: served.
ALTER TABLE sites ADD COLUMN served BOOLEAN NOT NULL DEFAULT true;
