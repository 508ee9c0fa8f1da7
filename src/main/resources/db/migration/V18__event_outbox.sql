-- The transactional outbox of platform events: a use case records its events here in its own transaction,
-- and the relay publishes them to Kafka after commit, in position order, marking each published once Kafka
-- acknowledged it. Published rows are purged after the retention (gudok.events.outbox.retention), from the
-- head of the table in batches, off the write path.
-- The identity has no cache (CACHE 1, the default): a session must not hold a block of positions, or a later
-- change of an aggregate could take a lower position than an earlier one made by another session.
CREATE TABLE event_outbox (
    position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL,
    context      text        NOT NULL,
    type         text        NOT NULL,
    subject      text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    traceparent  text,
    data         text        NOT NULL,
    published_at timestamptz
);

-- What the relay reads: the unpublished rows in position order, small however large the table grows.
CREATE INDEX event_outbox_unpublished ON event_outbox (position) WHERE published_at IS NULL;
