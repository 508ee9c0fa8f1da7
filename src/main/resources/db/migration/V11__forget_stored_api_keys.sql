-- Replays of a shop's registration were stored with the shop's API key in plain text; the app no
-- longer stores it (a replay answers "apiKey": null). Blank the keys stored before that.
UPDATE idempotency_keys
SET response_body = regexp_replace(response_body, '"apiKey":"[^"]*"', '"apiKey":null', 'g')
WHERE response_body LIKE '%"apiKey":"%';
