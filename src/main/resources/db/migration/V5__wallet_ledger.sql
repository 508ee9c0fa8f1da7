-- Wallets on a double-entry ledger. Every movement of money is one journal entry whose lines add up
-- to zero. A wallet's balance is kept by the database itself from the lines posted to it, and a check
-- constraint keeps it from going below zero; entries and lines cannot be changed or deleted.

CREATE TABLE ledger_accounts (
    id    bigserial PRIMARY KEY,
    kind  varchar(20)  NOT NULL CHECK (kind IN ('WALLET', 'FUNDING_CLEARING', 'PARTNER_PAYABLE', 'PLATFORM_REVENUE')),
    owner varchar(255) NOT NULL DEFAULT '',
    UNIQUE (kind, owner)
);
INSERT INTO ledger_accounts (kind) VALUES ('FUNDING_CLEARING'), ('PLATFORM_REVENUE');

CREATE TABLE wallets (
    user_id            varchar(255) PRIMARY KEY,
    account_id         bigint       NOT NULL UNIQUE REFERENCES ledger_accounts (id),
    balance            bigint       NOT NULL DEFAULT 0 CONSTRAINT wallet_balance_not_negative CHECK (balance >= 0),
    auto_top_up_amount bigint       CHECK (auto_top_up_amount > 0),
    opened_at          timestamptz  NOT NULL
);

CREATE TABLE journal_entries (
    id        uuid        PRIMARY KEY,
    kind      varchar(20) NOT NULL CHECK (kind IN ('TOP_UP', 'PAYMENT', 'REFUND')),
    reference uuid        NOT NULL,
    booked_at timestamptz NOT NULL
);

CREATE TABLE journal_lines (
    entry_id   uuid        NOT NULL REFERENCES journal_entries (id),
    line_no    smallint    NOT NULL,
    account_id bigint      NOT NULL REFERENCES ledger_accounts (id),
    amount     bigint      NOT NULL CHECK (amount <> 0),
    booked_at  timestamptz NOT NULL,
    PRIMARY KEY (entry_id, line_no)
);
-- A wallet's history and an account's balance.
CREATE INDEX journal_lines_by_account ON journal_lines (account_id, booked_at DESC, entry_id DESC);

-- After each INSERT statement: every entry it touched balances, and wallet balances follow their lines.
-- The lines of one entry are always inserted by one statement.
CREATE FUNCTION journal_lines_posted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    unbalanced uuid;
BEGIN
    SELECT l.entry_id INTO unbalanced
    FROM journal_lines l
    WHERE l.entry_id IN (SELECT DISTINCT entry_id FROM new_lines)
    GROUP BY l.entry_id HAVING sum(l.amount) <> 0 OR count(*) < 2
    LIMIT 1;
    IF unbalanced IS NOT NULL THEN
        RAISE EXCEPTION 'journal entry % does not balance', unbalanced USING ERRCODE = 'check_violation';
    END IF;
    UPDATE wallets w SET balance = w.balance + moved.amount
    FROM (SELECT account_id, sum(amount) AS amount FROM new_lines GROUP BY account_id) moved
    WHERE w.account_id = moved.account_id;
    RETURN NULL;
END $$;
CREATE TRIGGER journal_lines_posted AFTER INSERT ON journal_lines
    REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION journal_lines_posted();

CREATE FUNCTION ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused; book a correcting entry instead', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON journal_entries
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();
CREATE TRIGGER journal_lines_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON journal_lines
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();

CREATE TABLE funding_sources (
    id            uuid         PRIMARY KEY,
    user_id       varchar(255) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('CARD', 'BANK_ACCOUNT')),
    gateway_token varchar(100) NOT NULL,
    last4         char(4)      NOT NULL,
    is_default    boolean      NOT NULL,
    added_at      timestamptz  NOT NULL
);
CREATE INDEX funding_sources_by_user ON funding_sources (user_id, added_at);
CREATE UNIQUE INDEX funding_sources_one_default ON funding_sources (user_id) WHERE is_default;

CREATE TABLE top_ups (
    id                uuid         PRIMARY KEY,
    user_id           varchar(255) NOT NULL,
    source_id         uuid         NOT NULL REFERENCES funding_sources (id),
    amount            bigint       NOT NULL CHECK (amount > 0),
    status            varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'DECLINED')),
    decline_reason    varchar(100),
    gateway_reference varchar(100),
    automatic         boolean      NOT NULL,
    request_key       varchar(255),
    requested_at      timestamptz  NOT NULL,
    settled_at        timestamptz
);
-- A retried request with the same Idempotency-Key finds its top-up instead of making another.
CREATE UNIQUE INDEX top_ups_by_request_key ON top_ups (user_id, request_key) WHERE request_key IS NOT NULL;

-- Each shop's commission in basis points; shops without a row pay the configured default.
CREATE TABLE shop_commissions (
    shop_id      uuid PRIMARY KEY REFERENCES shops (id),
    basis_points int  NOT NULL CHECK (basis_points BETWEEN 0 AND 10000)
);

CREATE TABLE payments (
    id             uuid         PRIMARY KEY,
    user_id        varchar(255) NOT NULL,
    shop_id        uuid         NOT NULL REFERENCES shops (id),
    amount         bigint       NOT NULL CHECK (amount > 0),
    commission_bp  int          NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),
    refunded       bigint       NOT NULL DEFAULT 0,
    delivery_id    uuid         REFERENCES deliveries (id),
    reference      varchar(200),
    paid_at        timestamptz  NOT NULL,
    CONSTRAINT refunds_within_payment CHECK (refunded BETWEEN 0 AND amount)
);
-- A delivery is charged once, whatever retries and crashes happen.
CREATE UNIQUE INDEX payments_one_per_delivery ON payments (delivery_id) WHERE delivery_id IS NOT NULL;
CREATE INDEX payments_by_shop ON payments (shop_id, paid_at);

CREATE TABLE refunds (
    id              uuid        PRIMARY KEY,
    payment_id      uuid        NOT NULL REFERENCES payments (id),
    amount          bigint      NOT NULL CHECK (amount > 0),
    commission_back bigint      NOT NULL CHECK (commission_back >= 0),
    reason          varchar(200),
    refunded_at     timestamptz NOT NULL
);
CREATE INDEX refunds_by_payment ON refunds (payment_id);

-- The sandbox payment gateway's own records (adapters.gateway): what a real gateway would keep on its side.
CREATE TABLE sandbox_gateway_sources (
    token  varchar(100) PRIMARY KEY,
    kind   varchar(20)  NOT NULL,
    number varchar(19)  NOT NULL
);
CREATE TABLE sandbox_gateway_requests (
    request_key    varchar(300) PRIMARY KEY,
    operation      varchar(20)  NOT NULL,
    amount         bigint       NOT NULL,
    approved       boolean      NOT NULL,
    reference      varchar(100),
    decline_reason varchar(100),
    received_at    timestamptz  NOT NULL
);
