-- A rental's later months are settled once each: the primary key is the guard, as payments_one_per_delivery
-- is for deliveries, whatever the job runner does.
CREATE TABLE rental_months (
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id),
    month           int         NOT NULL CHECK (month >= 1),
    fee             bigint      NOT NULL CHECK (fee >= 0),
    outcome         varchar(10) NOT NULL CHECK (outcome IN ('PAID', 'UNPAID')),
    payment_id      uuid        REFERENCES payments (id),
    settled_at      timestamptz NOT NULL,
    PRIMARY KEY (subscription_id, month),
    CHECK (outcome = 'UNPAID' OR fee = 0 OR payment_id IS NOT NULL)
);
-- The months settled before this table existed, from their recorded attempts (the last word on each month).
INSERT INTO rental_months (subscription_id, month, fee, outcome, payment_id, settled_at)
SELECT DISTINCT ON (subscription_id, rental_month) subscription_id, rental_month, amount,
       CASE result WHEN 'PAID' THEN 'PAID' ELSE 'UNPAID' END, payment_id, attempted_at
FROM billing_attempts
WHERE rental_month IS NOT NULL AND result IN ('PAID', 'CANCELLED_UNPAID')
ORDER BY subscription_id, rental_month, (result = 'PAID') DESC, attempted_at;

-- Why a subscription was cancelled: by its subscriber, or a rental whose first month went unpaid.
ALTER TABLE subscriptions ADD COLUMN cancellation_reason varchar(30)
    CHECK (cancellation_reason IN ('SUBSCRIBER', 'FIRST_MONTH_UNPAID'));
UPDATE subscriptions SET cancellation_reason = 'SUBSCRIBER' WHERE cancellation_mode IS NOT NULL;
