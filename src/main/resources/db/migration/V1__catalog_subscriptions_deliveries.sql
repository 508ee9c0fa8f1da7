-- Catalog: partner shops, their products and subscription plans.
CREATE TABLE shops (
    id            uuid PRIMARY KEY,
    name          varchar(200) NOT NULL,
    api_key_hash  char(64)     NOT NULL UNIQUE,
    registered_at timestamptz  NOT NULL
);
CREATE INDEX shops_page ON shops (registered_at, id);

CREATE TABLE products (
    id          uuid PRIMARY KEY,
    shop_id     uuid          NOT NULL REFERENCES shops (id),
    name        varchar(200)  NOT NULL,
    description varchar(2000),
    unit_price  bigint        NOT NULL CHECK (unit_price >= 0),
    currency    char(3)       NOT NULL CHECK (currency = 'KRW'),
    created_at  timestamptz   NOT NULL
);
CREATE INDEX products_of_shop ON products (shop_id, created_at, id);

CREATE TABLE plans (
    id                    uuid PRIMARY KEY,
    shop_id               uuid         NOT NULL REFERENCES shops (id),
    product_id            uuid         NOT NULL REFERENCES products (id),
    name                  varchar(200) NOT NULL,
    kind                  varchar(20)  NOT NULL CHECK (kind IN ('REGULAR_DELIVERY', 'RENTAL')),
    price                 bigint CHECK (price >= 0),
    currency              char(3)      NOT NULL CHECK (currency = 'KRW'),
    cycle_type            varchar(10) CHECK (cycle_type IN ('WEEKLY', 'MONTHLY')),
    every_weeks           int CHECK (every_weeks BETWEEN 1 AND 52),
    day_of_week           varchar(10),
    day_of_month          int CHECK (day_of_month BETWEEN 1 AND 31),
    monthly_fee           bigint CHECK (monthly_fee >= 0),
    commitment_months     int CHECK (commitment_months BETWEEN 1 AND 120),
    early_termination_fee bigint CHECK (early_termination_fee >= 0),
    status                varchar(10)  NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    created_at            timestamptz  NOT NULL,
    CHECK (kind <> 'REGULAR_DELIVERY' OR (price IS NOT NULL AND cycle_type IS NOT NULL)),
    CHECK (kind <> 'RENTAL' OR (monthly_fee IS NOT NULL AND commitment_months IS NOT NULL AND early_termination_fee IS NOT NULL))
);
CREATE INDEX plans_of_shop ON plans (shop_id, created_at, id);
CREATE INDEX plans_active ON plans (created_at, id) WHERE status = 'ACTIVE';

-- Subscriptions and the deliveries their cycles become.
CREATE TABLE subscriptions (
    id                    uuid PRIMARY KEY,
    user_id               varchar(255) NOT NULL,
    shop_id               uuid         NOT NULL REFERENCES shops (id),
    plan_id               uuid         NOT NULL REFERENCES plans (id),
    kind                  varchar(20)  NOT NULL,
    quantity              int          NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    recipient             varchar(100) NOT NULL,
    phone                 varchar(30)  NOT NULL,
    address_line1         varchar(200) NOT NULL,
    address_line2         varchar(200),
    postal_code           varchar(10)  NOT NULL,
    start_date            date         NOT NULL,
    state                 varchar(20)  NOT NULL CHECK (state IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'ENDED')),
    schedule_anchor       date         NOT NULL,
    anchor_cycle          int          NOT NULL,
    paused_from           date,
    paused_until          date,
    commitment_ends_on    date,
    cancellation_mode     varchar(20),
    cancelled_at          timestamptz,
    ends_on               date,
    early_termination_fee bigint CHECK (early_termination_fee >= 0),
    created_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL
);
CREATE INDEX subscriptions_of_user ON subscriptions (user_id, created_at DESC, id DESC);

CREATE TABLE deliveries (
    id              uuid PRIMARY KEY,
    subscription_id uuid         NOT NULL REFERENCES subscriptions (id),
    user_id         varchar(255) NOT NULL,
    shop_id         uuid         NOT NULL REFERENCES shops (id),
    plan_id         uuid         NOT NULL REFERENCES plans (id),
    cycle_number    int          NOT NULL CHECK (cycle_number >= 0),
    original_date   date         NOT NULL,
    delivery_date   date         NOT NULL,
    quantity        int          NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    recipient       varchar(100) NOT NULL,
    phone           varchar(30)  NOT NULL,
    address_line1   varchar(200) NOT NULL,
    address_line2   varchar(200),
    postal_code     varchar(10)  NOT NULL,
    state           varchar(20)  NOT NULL
        CHECK (state IN ('SCHEDULED', 'SKIPPED', 'DISPATCHED', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    skip_reason     varchar(20),
    carrier         varchar(100),
    tracking_number varchar(100),
    shipped_at      timestamptz,
    delivered_at    timestamptz,
    version         bigint       NOT NULL,
    UNIQUE (subscription_id, cycle_number)
);
CREATE INDEX deliveries_of_user ON deliveries (user_id, delivery_date, id);
CREATE INDEX deliveries_of_shop ON deliveries (shop_id, delivery_date, id);
CREATE INDEX deliveries_open ON deliveries (subscription_id, delivery_date) WHERE state IN ('SCHEDULED', 'SKIPPED');

-- Answers to requests sent with an Idempotency-Key, kept per caller.
CREATE TABLE idempotency_keys (
    scope           varchar(300) NOT NULL,
    idempotency_key varchar(255) NOT NULL,
    fingerprint     char(64)     NOT NULL,
    completed       boolean      NOT NULL DEFAULT false,
    response_status int,
    content_type    varchar(100),
    response_body   text,
    location        varchar(500),
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
