-- What the classifier sorted where (docs/classification.md): pools' members come and go with their items, an alert's
-- matches are recorded once. Filters' rows go with the filter (its deletion forgets them).
CREATE TABLE pool_members (
    filter_id uuid         NOT NULL,
    item_key  varchar(210) NOT NULL,
    since     timestamptz  NOT NULL,
    PRIMARY KEY (filter_id, item_key)
);
CREATE INDEX pool_members_of_item ON pool_members (item_key);
CREATE INDEX pool_members_page ON pool_members (filter_id, since DESC, item_key);

CREATE TABLE alert_matches (
    filter_id  uuid         NOT NULL,
    item_key   varchar(210) NOT NULL,
    matched_at timestamptz  NOT NULL,
    PRIMARY KEY (filter_id, item_key)
);
CREATE INDEX alert_matches_page ON alert_matches (filter_id, matched_at DESC, item_key);

-- One row per item ever sorted: locked while its memberships change, so that two changes of one item take turns.
CREATE TABLE classified_items (
    item_key varchar(210) PRIMARY KEY
);
