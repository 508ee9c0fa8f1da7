-- A message whose first attempt waits for room in its endpoint's lane waits here (not in memory, not in the scheduler):
-- the sender takes the oldest when it has room.
ALTER TABLE webhook_messages ADD COLUMN waiting boolean NOT NULL DEFAULT false;
CREATE INDEX webhook_messages_waiting ON webhook_messages (endpoint_id, created_at, id) WHERE waiting;
