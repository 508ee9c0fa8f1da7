-- When the current message of a job was confirmed: the sweep takes a job as lost only if it is overdue
-- and its message was sent lost-after ago, so a job is sent again at most once per period.
ALTER TABLE jobs ADD COLUMN sent_at timestamptz;
UPDATE jobs SET sent_at = now() WHERE state = 'SCHEDULED' AND sent_generation = generation;

-- Subscriptions that existed before scheduled jobs get theirs: the dispatch of each one's next scheduled
-- delivery (at 00:00 Seoul, the default dispatch time), the end of a dated pause, the end of a rental.
INSERT INTO jobs (id, type, subject_id, payload, dedup_key, due_at, state, failures, generation, created_at)
SELECT gen_random_uuid(), 'delivery.dispatch', d.id::text, '', 'delivery.dispatch:' || d.id,
       d.delivery_date::timestamp AT TIME ZONE 'Asia/Seoul', 'SCHEDULED', 0, 1, now()
FROM (SELECT DISTINCT ON (subscription_id) id, delivery_date FROM deliveries
      WHERE state = 'SCHEDULED' ORDER BY subscription_id, delivery_date, cycle_number) d
ON CONFLICT DO NOTHING;

INSERT INTO jobs (id, type, subject_id, payload, dedup_key, due_at, state, failures, generation, created_at)
SELECT gen_random_uuid(), 'subscription.resume', s.id::text, '', 'subscription.resume:' || s.id,
       s.paused_until::timestamp AT TIME ZONE 'Asia/Seoul', 'SCHEDULED', 0, 1, now()
FROM subscriptions s WHERE s.state = 'PAUSED' AND s.paused_until IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO jobs (id, type, subject_id, payload, dedup_key, due_at, state, failures, generation, created_at)
SELECT gen_random_uuid(), 'rental.end', s.id::text, '', 'rental.end:' || s.id,
       s.commitment_ends_on::timestamp AT TIME ZONE 'Asia/Seoul', 'SCHEDULED', 0, 1, now()
FROM subscriptions s WHERE s.kind = 'RENTAL' AND s.state = 'ACTIVE' AND s.commitment_ends_on IS NOT NULL
ON CONFLICT DO NOTHING;
