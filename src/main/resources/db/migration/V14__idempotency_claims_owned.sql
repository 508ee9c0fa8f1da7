-- Each claim of an Idempotency-Key carries a token of its own: the request that holds it locks its row for as
-- long as it runs, so a claim is taken over only when no live request holds it (judged by PostgreSQL's row
-- lock, not by any clock), and a request whose claim was taken over finds that out before its effect.
ALTER TABLE idempotency_keys ADD COLUMN claim_token uuid;
