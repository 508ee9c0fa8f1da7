-- Refunds of top-ups to their card or account, through the gateway.
ALTER TABLE top_ups ADD COLUMN refunded bigint NOT NULL DEFAULT 0;
ALTER TABLE top_ups ADD CONSTRAINT top_up_refunds_within_amount CHECK (refunded BETWEEN 0 AND amount);

CREATE TABLE top_up_refunds (
    id                uuid         PRIMARY KEY,
    top_up_id         uuid         NOT NULL REFERENCES top_ups (id),
    user_id           varchar(255) NOT NULL,
    amount            bigint       NOT NULL CHECK (amount > 0),
    status            varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'DECLINED')),
    decline_reason    varchar(100),
    gateway_reference varchar(100),
    request_key       varchar(255),
    requested_at      timestamptz  NOT NULL,
    settled_at        timestamptz
);
CREATE INDEX top_up_refunds_by_top_up ON top_up_refunds (top_up_id);
CREATE UNIQUE INDEX top_up_refunds_by_request_key ON top_up_refunds (user_id, request_key) WHERE request_key IS NOT NULL;

ALTER TABLE journal_entries DROP CONSTRAINT journal_entries_kind_check;
ALTER TABLE journal_entries ADD CONSTRAINT journal_entries_kind_check
    CHECK (kind IN ('TOP_UP', 'PAYMENT', 'REFUND', 'TOP_UP_REFUND', 'TOP_UP_REFUND_REVERSED'));

-- The sandbox gateway remembers which capture a refund gives back.
ALTER TABLE sandbox_gateway_requests ADD COLUMN target varchar(100);
