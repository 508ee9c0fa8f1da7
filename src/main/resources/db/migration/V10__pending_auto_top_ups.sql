-- A charge looks for its user's automatic top-ups still pending before charging the card again.
CREATE INDEX top_ups_pending_automatic ON top_ups (user_id) WHERE automatic AND status = 'PENDING';
