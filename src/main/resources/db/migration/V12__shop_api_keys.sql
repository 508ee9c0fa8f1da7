-- A shop holds several named API keys, so it can roll one over without a moment of refusal.
CREATE TABLE shop_api_keys (
    id            uuid         PRIMARY KEY,
    shop_id       uuid         NOT NULL REFERENCES shops (id),
    name          varchar(100) NOT NULL,
    prefix        varchar(10),              -- null for keys issued before keys had prefixes
    key_hash      char(64)     NOT NULL UNIQUE,
    created_at    timestamptz  NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX shop_api_keys_of_shop ON shop_api_keys (shop_id, created_at, id) WHERE revoked_at IS NULL;

INSERT INTO shop_api_keys (id, shop_id, name, prefix, key_hash, created_at)
SELECT gen_random_uuid(), id, 'initial', NULL, api_key_hash, registered_at FROM shops;

ALTER TABLE shops DROP COLUMN api_key_hash;
