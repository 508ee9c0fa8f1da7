-- Scheduled jobs, which are also the outbox of the messages that carry them to RabbitMQ: a SCHEDULED
-- job whose generation is newer than the one RabbitMQ confirmed is still to be sent.
CREATE TABLE jobs (
    id              uuid PRIMARY KEY,
    type            varchar(64)  NOT NULL,
    subject_id      varchar(100) NOT NULL,
    payload         text         NOT NULL DEFAULT '',
    dedup_key       varchar(200) NOT NULL,
    due_at          timestamptz  NOT NULL,
    state           varchar(16)  NOT NULL CHECK (state IN ('SCHEDULED', 'DONE', 'CANCELLED', 'PARKED')),
    failures        integer      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    generation      bigint       NOT NULL CHECK (generation >= 1),
    sent_generation bigint       NOT NULL DEFAULT 0 CHECK (sent_generation <= generation),
    last_error      text,
    created_at      timestamptz  NOT NULL,
    finished_at     timestamptz
);

-- One live job per piece of work.
CREATE UNIQUE INDEX jobs_live_dedup_key ON jobs (dedup_key) WHERE state IN ('SCHEDULED', 'PARKED');
-- The outbox: what the relay still has to send.
CREATE INDEX jobs_unsent ON jobs (due_at) WHERE state = 'SCHEDULED' AND sent_generation < generation;
-- Sent jobs by due time, for the sweep that re-sends a message that never arrived.
CREATE INDEX jobs_waiting ON jobs (due_at) WHERE state = 'SCHEDULED';
-- The operators' lists.
CREATE INDEX jobs_by_subject ON jobs (subject_id, created_at, id);
CREATE INDEX jobs_by_state ON jobs (state, created_at, id);

-- Canary jobs write down each firing; more than one row for a job would be a duplicate.
CREATE TABLE canary_firings (
    job_id   uuid        NOT NULL,
    due_at   timestamptz NOT NULL,
    fired_at timestamptz NOT NULL
);
CREATE INDEX canary_firings_by_job ON canary_firings (job_id);
