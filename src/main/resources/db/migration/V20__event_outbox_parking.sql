-- An event Kafka can never take (too large for the topic, a type the catalog lacks) is parked rather than retried
-- for ever, which would hold back every event behind it: it waits with its error for an admin, out of the relay's way.
ALTER TABLE event_outbox ADD COLUMN parked_at timestamptz, ADD COLUMN last_error text;
DROP INDEX event_outbox_unpublished;
CREATE INDEX event_outbox_unpublished ON event_outbox (position) WHERE published_at IS NULL AND parked_at IS NULL;
