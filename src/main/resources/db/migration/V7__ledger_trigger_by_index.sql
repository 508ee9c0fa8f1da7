-- The ledger trigger of V5 joined the statement's new lines with the whole journal_lines and wallets
-- tables; PostgreSQL has no statistics for transition tables and chose sequential scans, so every
-- posting got slower as the ledger grew (about 50 ms per payment at 300,000 lines). The same checks,
-- one entry and one account at a time, through the primary key and the unique account index.
CREATE OR REPLACE FUNCTION journal_lines_posted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    unbalanced uuid;
    moved record;
BEGIN
    -- Each entry balances, has two lines or more, and all of its lines came in this statement.
    SELECT n.entry_id INTO unbalanced
    FROM (SELECT entry_id, sum(amount) AS total, count(*) AS lines FROM new_lines GROUP BY entry_id) n
    WHERE n.total <> 0 OR n.lines < 2
       OR (SELECT count(*) FROM journal_lines l WHERE l.entry_id = n.entry_id) <> n.lines
    LIMIT 1;
    IF unbalanced IS NOT NULL THEN
        RAISE EXCEPTION 'journal entry % does not balance', unbalanced USING ERRCODE = 'check_violation';
    END IF;
    FOR moved IN SELECT account_id, sum(amount) AS amount FROM new_lines GROUP BY account_id ORDER BY account_id LOOP
        UPDATE wallets SET balance = balance + moved.amount WHERE account_id = moved.account_id;
    END LOOP;
    RETURN NULL;
END $$;
