-- The days subscribers skipped, kept apart from the delivery records that a plan change replaces: whatever plan
-- delivers on a skipped day later, its delivery there is written skipped.
CREATE TABLE subscription_skipped_days (
    subscription_id uuid NOT NULL REFERENCES subscriptions (id),
    day             date NOT NULL,
    PRIMARY KEY (subscription_id, day)
);
-- The skips made before this table existed.
INSERT INTO subscription_skipped_days (subscription_id, day)
SELECT subscription_id, delivery_date FROM deliveries WHERE state = 'SKIPPED' AND skip_reason = 'SUBSCRIBER'
UNION
SELECT subscription_id, original_date FROM deliveries WHERE state = 'SKIPPED' AND skip_reason = 'SUBSCRIBER';
