-- The sandbox's test clock (off in production): how far ahead of real time it runs, kept across restarts
-- so that a dev-mode reload does not send the clock back behind the jobs it already ran.
CREATE TABLE test_clock (
    id         smallint PRIMARY KEY CHECK (id = 1),
    offset_ms  bigint      NOT NULL,
    moved_at   timestamptz NOT NULL
);
