-- Billing each delivery from the wallet: deliveries are PAID or PAYMENT_PENDING before they are
-- dispatched, every charge attempt is recorded with its reason, and subscriptions can be SUSPENDED
-- after unpaid cycles.

ALTER TABLE deliveries DROP CONSTRAINT deliveries_state_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_state_check CHECK (state IN
    ('SCHEDULED', 'SKIPPED', 'PAYMENT_PENDING', 'PAID', 'DISPATCHED', 'SHIPPED', 'DELIVERED', 'CANCELLED'));
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_state_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_state_check CHECK (state IN
    ('ACTIVE', 'PAUSED', 'SUSPENDED', 'CANCELLED', 'ENDED'));

-- What a billing run looks for: unbilled deliveries by date.
CREATE INDEX deliveries_to_bill ON deliveries (delivery_date) WHERE state = 'SCHEDULED';

CREATE TABLE billing_attempts (
    id           bigserial   PRIMARY KEY,
    delivery_id  uuid        NOT NULL REFERENCES deliveries (id),
    amount       bigint      NOT NULL CHECK (amount >= 0),
    result       varchar(20) NOT NULL CHECK (result IN ('PAID', 'PAYMENT_PENDING', 'CANCELLED_UNPAID')),
    reason       varchar(300),
    payment_id   uuid        REFERENCES payments (id),
    attempted_at timestamptz NOT NULL
);
CREATE INDEX billing_attempts_by_delivery ON billing_attempts (delivery_id, attempted_at);

-- Deliveries dispatched before billing existed were never charged; they stay as they are.
