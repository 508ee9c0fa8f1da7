-- A subscription's deliveries by date, for its delivery list and its open cycles. The per-user index
-- alone makes a long-time subscriber's list scan every delivery of every subscription they have.
CREATE INDEX deliveries_of_subscription ON deliveries (subscription_id, delivery_date, id);
DROP INDEX deliveries_open;
