-- The run of failures of an endpoint: its first failed attempt since the last that succeeded.
ALTER TABLE webhook_endpoints ADD COLUMN failing_since timestamptz;

-- One event for one endpoint. Its id is the webhook-id (msg_ + the id without dashes), the same on every attempt.
-- handed_off_until: an attempt is out with the sender until then; past it the attempt is taken as lost.
CREATE TABLE webhook_messages (
    id               uuid        PRIMARY KEY,
    endpoint_id      uuid        NOT NULL,
    shop_id          uuid        NOT NULL,
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    payload          text        NOT NULL,
    created_at       timestamptz NOT NULL,
    state            varchar(20) NOT NULL,
    attempts         integer     NOT NULL,
    next_attempt_at  timestamptz,
    handed_off_until timestamptz,
    delivered_at     timestamptz,
    last_error       text,
    UNIQUE (endpoint_id, event_id)
);
-- The log an endpoint's owner reads, newest first.
CREATE INDEX webhook_messages_of_endpoint ON webhook_messages (endpoint_id, created_at DESC, id DESC);
-- Hand-offs that may have been lost: few rows (only attempts out at the moment).
CREATE INDEX webhook_messages_handed_off ON webhook_messages (handed_off_until) WHERE handed_off_until IS NOT NULL;

CREATE TABLE webhook_attempts (
    message_id      uuid        NOT NULL REFERENCES webhook_messages (id) ON DELETE CASCADE,
    number          integer     NOT NULL,
    attempted_at    timestamptz NOT NULL,
    status_code     integer,
    response_millis bigint      NOT NULL,
    response_body   text,
    error           text,
    PRIMARY KEY (message_id, number)
);
