-- What pools, alerts and audiences sort products by (docs/catalog.md), and retired products.
ALTER TABLE products
    ADD COLUMN category   varchar(40),
    ADD COLUMN tags       text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN image_urls text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN regions    text[]      NOT NULL DEFAULT '{kr}' CHECK (cardinality(regions) >= 1),
    ADD COLUMN status     varchar(10) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED'));

CREATE INDEX plans_of_product ON plans (product_id) WHERE status = 'ACTIVE';
