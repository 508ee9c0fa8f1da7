-- The price a subscription took of each plan it has been on: a shop's new plan price is for new subscriptions only.
-- Billing charges a delivery the price its subscription took of the delivery's plan (deliveries made before a plan
-- change keep the old plan and its price).
CREATE TABLE subscription_prices (
    subscription_id uuid   NOT NULL REFERENCES subscriptions (id),
    plan_id         uuid   NOT NULL REFERENCES plans (id),
    price           bigint NOT NULL CHECK (price >= 0),
    PRIMARY KEY (subscription_id, plan_id)
);

-- Until now every subscription paid its plans' prices, which never changed.
INSERT INTO subscription_prices (subscription_id, plan_id, price)
SELECT s.id, s.plan_id, coalesce(p.price, p.monthly_fee) FROM subscriptions s JOIN plans p ON p.id = s.plan_id
UNION
SELECT DISTINCT d.subscription_id, d.plan_id, coalesce(p.price, p.monthly_fee) FROM deliveries d JOIN plans p ON p.id = d.plan_id
ON CONFLICT DO NOTHING;
