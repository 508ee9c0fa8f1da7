-- A payment made for a subscription names it (a delivery, a rental's month, an early-termination fee), so that its
-- events take their place in the subscription's history; a payment the subscriber made directly names none.
-- No index: nothing looks payments up by their subscription.
ALTER TABLE payments ADD COLUMN subscription_id uuid REFERENCES subscriptions (id);

-- The payments made before: a delivery's is its subscription's,
UPDATE payments p SET subscription_id = d.subscription_id
FROM deliveries d
WHERE d.id = p.delivery_id AND p.subscription_id IS NULL;

-- a rental's later month is told by its billing attempt,
UPDATE payments p SET subscription_id = a.subscription_id
FROM billing_attempts a
WHERE a.payment_id = p.id AND a.subscription_id IS NOT NULL AND p.subscription_id IS NULL;

-- and an early-termination fee by its reference (the one kind of payment for a subscription that nothing else records).
UPDATE payments p SET subscription_id = s.id
FROM subscriptions s
WHERE p.delivery_id IS NULL AND p.subscription_id IS NULL
  AND p.reference = 'early termination of subscription ' || s.id::text;

ALTER TABLE payments ADD CONSTRAINT payments_of_a_delivery_name_its_subscription
    CHECK (delivery_id IS NULL OR subscription_id IS NOT NULL);
