-- A rental's later months are charged without a delivery: their attempts name the rental and the month.
ALTER TABLE billing_attempts ALTER COLUMN delivery_id DROP NOT NULL;
ALTER TABLE billing_attempts ADD COLUMN subscription_id uuid REFERENCES subscriptions (id);
ALTER TABLE billing_attempts ADD COLUMN rental_month int CHECK (rental_month >= 1);
ALTER TABLE billing_attempts ADD CONSTRAINT billing_attempts_for_something
    CHECK (delivery_id IS NOT NULL OR (subscription_id IS NOT NULL AND rental_month IS NOT NULL));
CREATE INDEX billing_attempts_by_rental ON billing_attempts (subscription_id, rental_month) WHERE subscription_id IS NOT NULL;
