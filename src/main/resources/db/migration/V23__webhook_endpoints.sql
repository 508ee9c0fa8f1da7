-- Shops' webhook endpoints. The secrets are kept encrypted (AES-GCM under gudok.webhooks.secret-key; the column
-- holds the nonce and the ciphertext, base64): a copy of the database signs nothing without the key.
-- previous_secret signs too until previous_secret_until, after a rotation.
CREATE TABLE webhook_endpoints (
    id                    uuid          PRIMARY KEY,
    shop_id               uuid          NOT NULL REFERENCES shops (id),
    url                   varchar(2000) NOT NULL,
    event_types           text[]        NOT NULL,
    description           varchar(500)  NOT NULL,
    status                varchar(20)   NOT NULL,
    disabled_reason       varchar(20),
    secret                text          NOT NULL,
    previous_secret       text,
    previous_secret_until timestamptz,
    created_at            timestamptz   NOT NULL,
    updated_at            timestamptz   NOT NULL
);
CREATE INDEX webhook_endpoints_of_shop ON webhook_endpoints (shop_id, created_at, id);
