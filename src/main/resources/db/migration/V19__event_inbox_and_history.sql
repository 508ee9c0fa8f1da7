-- The inbox: the events each consumer has processed (CloudEvents source + id), written in the consumer's own
-- transaction, so that an event published again (the relay publishes at least once) changes nothing twice.
CREATE TABLE event_inbox (
    consumer     text        NOT NULL,
    source       text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, source, event_id)
);
CREATE INDEX event_inbox_processed ON event_inbox (processed_at);

-- The activity history fed from the event topics: each platform event once, found by its subject and, for the
-- events of a subscription, its deliveries and its payments, by the subscription.
CREATE TABLE event_history (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        uuid        NOT NULL,
    source          text        NOT NULL,
    type            text        NOT NULL,
    subject         text        NOT NULL,
    subscription_id uuid,
    occurred_at     timestamptz NOT NULL,
    traceparent     text,
    data            text        NOT NULL,
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_history_subscription ON event_history (subscription_id, occurred_at, seq) WHERE subscription_id IS NOT NULL;
CREATE INDEX event_history_subject ON event_history (subject, occurred_at, seq);
