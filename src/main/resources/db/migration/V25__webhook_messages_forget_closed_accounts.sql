-- The subscription a message's event belongs to, so that a subscriber's closed account erases the copies of
-- their personal data the messages hold (delivery addresses): the payload is blanked, and a message not yet
-- delivered is not sent.
ALTER TABLE webhook_messages ADD COLUMN subscription_id uuid;
CREATE INDEX webhook_messages_of_subscription ON webhook_messages (subscription_id) WHERE subscription_id IS NOT NULL;

-- Subscriptions whose subscriber closed their account: an event about one that arrives later (the topics are read
-- in no order across each other) makes no message. Pseudonymous ids only.
CREATE TABLE webhook_erased_subscriptions (
    subscription_id uuid        PRIMARY KEY,
    erased_at       timestamptz NOT NULL DEFAULT now()
);
