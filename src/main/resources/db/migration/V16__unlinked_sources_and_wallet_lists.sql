-- A funding source the user unlinked keeps its row (top-ups refer to it; a pending one settles with its token).
ALTER TABLE funding_sources ADD COLUMN unlinked_at timestamptz;
ALTER TABLE funding_sources ADD CONSTRAINT funding_sources_unlinked_not_default CHECK (unlinked_at IS NULL OR NOT is_default);

-- A user's payments and top-ups, newest first.
CREATE INDEX payments_by_user ON payments (user_id, paid_at DESC, id DESC);
CREATE INDEX top_ups_by_user ON top_ups (user_id, requested_at DESC, id DESC);
