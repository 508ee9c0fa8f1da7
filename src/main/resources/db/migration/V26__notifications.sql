-- Subscriber notifications: what each subscriber was told (their inbox), the emails and push messages to send,
-- and each subscriber's choices. One notification per user, source (an event's id, a warning's day) and kind.
CREATE TABLE notifications (
    id              uuid         PRIMARY KEY,
    user_id         varchar(255) NOT NULL,
    kind            text         NOT NULL,
    source_key      text         NOT NULL,
    title           text         NOT NULL,
    body            text         NOT NULL,
    subscription_id uuid,
    delivery_id     uuid,
    in_inbox        boolean      NOT NULL,
    created_at      timestamptz  NOT NULL,
    read_at         timestamptz,
    UNIQUE (user_id, source_key, kind)
);
CREATE INDEX notifications_inbox ON notifications (user_id, created_at DESC, id DESC) WHERE in_inbox;

CREATE TABLE notification_sends (
    id               uuid         PRIMARY KEY,
    notification_id  uuid         NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
    user_id          varchar(255) NOT NULL,
    channel          text         NOT NULL,
    state            text         NOT NULL,
    attempts         int          NOT NULL,
    not_before       timestamptz,
    handed_off_until timestamptz,
    sent_at          timestamptz,
    last_error       text,
    UNIQUE (notification_id, channel)
);
CREATE INDEX notification_sends_out ON notification_sends (handed_off_until) WHERE state = 'PENDING' AND handed_off_until IS NOT NULL;

CREATE TABLE notification_preferences (
    user_id    varchar(255) PRIMARY KEY,
    language   text         NOT NULL,
    email      text,
    channels   jsonb        NOT NULL,
    updated_at timestamptz  NOT NULL DEFAULT now()
);
