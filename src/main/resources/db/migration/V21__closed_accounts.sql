-- Accounts their users closed. Their personal data is erased at closure; their payment records (payments, top-ups,
-- ledger entries, refunds: they name the user only by the pseudonymous user id) are kept until
-- payment_records_until, 5 years after the closure in the Seoul calendar (전자상거래법 제6조: records of payment).
-- subscription_ids: the subscriptions whose addresses were erased, as the closure event named them.
CREATE TABLE closed_accounts (
    user_id               varchar(255) PRIMARY KEY,
    closed_at             timestamptz  NOT NULL,
    payment_records_until date         NOT NULL,
    subscription_ids      uuid[]       NOT NULL
);

-- The subjects (a closed account's user id and subscription ids) whose events the activity history erased: an
-- event about one of them that arrives later (the topics are read in no order across each other) is not kept.
-- Only pseudonymous ids, kept as long as the topics can still deliver such an event (and longer: they are small).
CREATE TABLE event_history_erased (
    subject   text        PRIMARY KEY,
    erased_at timestamptz NOT NULL DEFAULT now()
);
