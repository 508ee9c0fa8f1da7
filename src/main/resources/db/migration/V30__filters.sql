-- Pools and alerts (docs/classification.md): a condition of gudok's filter language, owned by the platform, a shop or a user.
CREATE TABLE filters (
    id         uuid PRIMARY KEY,
    purpose    varchar(10)  NOT NULL CHECK (purpose IN ('POOL', 'SHOP_POOL', 'ALERT', 'LOG_ALERT')),
    owner      varchar(100) NOT NULL,
    name       varchar(100) NOT NULL,
    subject    varchar(10)  NOT NULL CHECK (subject IN ('PLAN', 'CONTENT', 'LOG')),
    condition  jsonb        NOT NULL,
    version    bigint       NOT NULL CHECK (version >= 1),
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL
);
CREATE INDEX filters_of_owner ON filters (purpose, owner, created_at, id);
