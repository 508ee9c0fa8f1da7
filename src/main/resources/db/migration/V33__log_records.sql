-- gudok's own log records that a log alert matched (docs/classification.md), listed with the alert; the match itself
-- is in alert_matches (item_key log:<id>). Records no alert matched are never written.
CREATE TABLE log_records (
    item_key        varchar(210)  PRIMARY KEY,  -- log:<uuid>
    logged_at       timestamptz   NOT NULL,
    logger          varchar(200)  NOT NULL,
    level           varchar(5)    NOT NULL,
    message         varchar(2000) NOT NULL,
    exception_types text[]        NOT NULL,
    stack_trace     text          NOT NULL
);
